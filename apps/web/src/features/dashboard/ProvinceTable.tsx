import type { IndicatorCell, IndicatorSummary } from '@lantern/domain';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CellValue } from './CellValue';
import { provinceNames } from './provinces';

/**
 * The map's figures as text, one row per province in alphabetical order, then the whole country: the
 * accessible alternative to the map and the view for reading exact numbers.
 */
export function ProvinceTable({
  cells,
  total,
  unit,
  k,
  caption,
}: {
  cells: ReadonlyMap<string, IndicatorCell>;
  total: IndicatorCell | undefined;
  unit: IndicatorSummary['unit'];
  k: number;
  caption: string;
}) {
  const { t } = useTranslation();
  // A province with no record has no column: zero for a count, no value for a median or a ratio.
  const absent: IndicatorCell | undefined = unit === 'count' ? { value: 0, status: 'shown' } : undefined;
  const rows = [...provinceNames.entries()].map(([code, name]) => ({
    code,
    name,
    cell: cells.get(code) ?? absent,
  }));
  for (const [code, cell] of cells) {
    if (!provinceNames.has(code)) rows.push({ code, name: t('dashboard.table.unknown'), cell });
  }
  return (
    // A region of its own that scrolls, reachable by keyboard (tabIndex) and named, so the 34 rows stay beside
    // the map on a desktop instead of pushing the trends far down.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section aria-label={caption} tabIndex={0} style={{ maxHeight: 520, overflowY: 'auto' }}>
      <Table striped stickyHeader verticalSpacing={6} data-testid="province-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.table.province')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('dashboard.table.value')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code} data-testid="province-row" data-province={row.code}>
              <Table.Th scope="row" fw={400}>
                {row.name}
              </Table.Th>
              <Table.Td ta="end">
                <CellValue cell={row.cell} unit={unit} k={k} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.table.total')}</Table.Th>
            <Table.Td ta="end" data-testid="province-total">
              <CellValue cell={total} unit={unit} k={k} fw={700} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </section>
  );
}

import type { Locale } from '@lantern/domain';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { formatScore, type ScoreSeriesData } from './score-series';

/**
 * The chart's scores as a table: the text alternative for screen readers, and the exact numbers for
 * anyone. One row per assessed visit, one column per dimension and the composite. No scroll container:
 * fixed columns whose words wrap fit a 360-px phone in every language, with no keyboard stop for a scroller.
 */
export function ScoreTable({
  data,
  locale,
  visitLabel,
}: {
  data: ScoreSeriesData;
  locale: Locale;
  visitLabel: (months: number) => string;
}) {
  const { t } = useTranslation();
  const missing = t('reintegration.chart.notScored');
  return (
    <Table
      striped
      withTableBorder
      layout="fixed"
      fz="sm"
      horizontalSpacing={6}
      style={{ overflowWrap: 'break-word' }}
      data-testid="reintegration-score-table"
    >
      <Table.Caption>{t('reintegration.chart.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" fz="xs">
            {t('reintegration.chart.visitColumn')}
          </Table.Th>
          {data.series.map((entry) => (
            <Table.Th scope="col" key={entry.id} fz="xs">
              {entry.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.visits.map((visit, row) => (
          <Table.Tr key={visit.months}>
            <Table.Th scope="row" fw={500}>
              {visitLabel(visit.months)}
              <br />
              <bdi style={{ whiteSpace: 'nowrap' }}>{formatDayMonthYear(visit.visitedOn)}</bdi>
            </Table.Th>
            {data.series.map((entry) => (
              <Table.Td key={entry.id} data-dimension={entry.id}>
                <bdi>{formatScore(entry.values[row] ?? null, locale, missing)}</bdi>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

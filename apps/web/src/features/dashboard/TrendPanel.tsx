import type { IndicatorSummary } from '@lantern/domain';
import { Table } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { PartStatus } from '../cases/PartStatus';
import { LabelledSegments } from '../shared/LabelledSegments';
import { Panel } from '../shared/Panel';
import { CellValue } from './CellValue';
import { ComputedAt } from './ComputedAt';
import {
  cellText,
  periodKeys,
  periodLabel,
  type TrendPeriod,
  type TrendPoint,
  trendPoints,
  yearRange,
} from './dashboard-data';
import { type DashboardScope, useIndicatorTable } from './queries';
import { TrendChart } from './TrendChart';

/** The chosen indicator over the chosen year and the one before, by quarter or by month, as a chart and a table. */
export function TrendPanel({
  indicator,
  scope,
  year,
}: {
  indicator: IndicatorSummary;
  scope: DashboardScope;
  year: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [period, setPeriod] = useState<TrendPeriod>('quarter');
  const table = useIndicatorTable({ code: indicator.code, scope, period, ...yearRange(year - 1, year) });
  const labels = useMemo(
    () => periodKeys(period, year - 1, year).map((key) => periodLabel(key, t('dashboard.trend.quarterWord'))),
    [period, year, t],
  );
  const points = useMemo(
    () => (table.data ? trendPoints(table.data, periodKeys(period, year - 1, year)) : []),
    [table.data, period, year],
  );
  const k = table.data?.suppression.k ?? 11;
  const valueText = useCallback(
    (point: TrendPoint) =>
      point.suppressed
        ? `<${k}`
        : cellText(
            point.value === null ? undefined : { value: point.value, status: 'shown' },
            indicator.unit,
            locale,
            k,
          ),
    [indicator.unit, locale, k],
  );
  const name = indicator.name[locale];
  return (
    <Panel title={t('dashboard.trend.title')}>
      <LabelledSegments
        label={t('dashboard.trend.label')}
        value={period}
        onChange={setPeriod}
        data={[
          { value: 'quarter', label: t('dashboard.trend.quarter') },
          { value: 'month', label: t('dashboard.trend.month') },
        ]}
        maw={360}
        data-testid="trend-period"
      />
      <PartStatus query={table}>
        <div
          role="img"
          aria-label={t('dashboard.trend.chart', { indicator: name, from: labels[0], to: labels.at(-1) })}
        >
          <TrendChart
            points={points}
            labels={labels}
            count={indicator.unit === 'count'}
            rtl={locale === 'ar'}
            valueText={valueText}
          />
        </div>
        <ComputedAt times={[table.data?.computedAt]} />
        <details>
          <summary style={{ cursor: 'pointer', paddingBlock: 12 }}>{t('dashboard.trend.asTable')}</summary>
          <Table.ScrollContainer minWidth={240}>
            <Table striped verticalSpacing={4} data-testid="trend-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard.trend.period')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {name}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((point, index) => (
                  <Table.Tr key={point.period}>
                    <Table.Th scope="row" fw={400}>
                      {labels[index]}
                    </Table.Th>
                    <Table.Td ta="end">
                      <CellValue
                        cell={
                          point.suppressed
                            ? { value: null, status: 'primary' }
                            : { value: point.value, status: 'shown' }
                        }
                        unit={indicator.unit}
                        k={k}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      </PartStatus>
    </Panel>
  );
}

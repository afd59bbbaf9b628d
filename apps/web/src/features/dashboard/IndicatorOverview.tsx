import type { IndicatorCell, IndicatorSummary } from '@lantern/domain';
import { Grid, Select, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { PartStatus } from '../cases/PartStatus';
import { Panel } from '../shared/Panel';
import { ComputedAt } from './ComputedAt';
import { cellText, provinceCells, yearRange } from './dashboard-data';
import { ProvinceMap } from './ProvinceMap';
import { ProvinceTable } from './ProvinceTable';
import { type DashboardScope, useIndicatorTable } from './queries';
import { SuppressionLegend } from './SuppressionLegend';
import { TrendPanel } from './TrendPanel';

const PREFERRED = 'persons_received';

/** One indicator in depth: by province on a map and in a table (national view), and over time. */
export function IndicatorOverview({
  catalogue,
  scope,
  year,
}: {
  catalogue: UseQueryResult<{ indicators: IndicatorSummary[] }>;
  scope: DashboardScope;
  year: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // The own view has no figure of a national-only indicator to draw (its card says so).
  const indicators = (catalogue.data?.indicators ?? []).filter(
    (indicator) => indicator.evaluable && (scope === 'national' || !indicator.nationalOnly),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const indicator =
    indicators.find((entry) => entry.code === chosen) ??
    indicators.find((entry) => entry.code === PREFERRED) ??
    indicators[0];
  if (!indicator) return null;
  return (
    <Stack gap="md" component="section" aria-label={indicator.name[locale]}>
      <Select
        label={t('dashboard.indicator')}
        data={indicators.map((entry) => ({ value: entry.code, label: entry.name[locale] }))}
        value={indicator.code}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        maw={480}
        data-testid="dashboard-indicator"
      />
      {scope === 'national' && indicator.dimensions.includes('province') && (
        <ProvinceSection indicator={indicator} year={year} />
      )}
      <TrendPanel indicator={indicator} scope={scope} year={year} />
    </Stack>
  );
}

function ProvinceSection({ indicator, year }: { indicator: IndicatorSummary; year: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const table = useIndicatorTable({
    code: indicator.code,
    scope: 'national',
    period: 'year',
    ...yearRange(year),
    by: 'province',
  });
  const k = table.data?.suppression.k ?? 11;
  const valueText = useCallback(
    (cell: IndicatorCell | undefined) => cellText(cell, indicator.unit, locale, k),
    [indicator.unit, locale, k],
  );
  const name = indicator.name[locale];
  const cells = useMemo(() => (table.data ? provinceCells(table.data) : new Map()), [table.data]);
  return (
    <PartStatus query={table}>
      {table.data && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Panel title={t('dashboard.map.title')}>
              <ProvinceMap
                cells={cells}
                unit={indicator.unit}
                k={k}
                label={t('dashboard.map.label', { indicator: name, year })}
                valueText={valueText}
              />
            </Panel>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Panel title={t('dashboard.table.title')}>
              <SuppressionLegend applied={table.data.suppression.applied} k={k} />
              <ProvinceTable
                cells={cells}
                total={table.data.total}
                unit={indicator.unit}
                k={k}
                caption={t('dashboard.table.caption', { indicator: name, year })}
              />
              <ComputedAt times={[table.data.computedAt]} />
            </Panel>
          </Grid.Col>
        </Grid>
      )}
    </PartStatus>
  );
}

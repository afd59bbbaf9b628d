import type { IndicatorSummary, IndicatorTable } from '@lantern/domain';
import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { PartStatus } from '../cases/PartStatus';
import { EmptyState } from '../shared/ListStates';
import { CellValue, unitText } from './CellValue';
import { ComputedAt } from './ComputedAt';
import { anySuppressed, cardFigures, formatValue, yearRange } from './dashboard-data';
import { type DashboardScope, type TableRequest, useIndicatorTables } from './queries';
import { SuppressionLegend } from './SuppressionLegend';

type Catalogue = UseQueryResult<{ indicators: IndicatorSummary[] }>;

/**
 * One card per indicator this installation can compute: the year's value, the change on the year before, the
 * target. In the own view a national-only indicator (survivor feedback, complaints) is not asked for: its card
 * says it exists nationally only.
 */
export function IndicatorCards({
  catalogue,
  scope,
  year,
}: {
  catalogue: Catalogue;
  scope: DashboardScope;
  year: number;
}) {
  const { t } = useTranslation();
  const indicators = (catalogue.data?.indicators ?? []).filter((indicator) => indicator.evaluable);
  const asked = indicators.filter((indicator) => scope === 'national' || !indicator.nationalOnly);
  const requests: TableRequest[] = asked.map((indicator) => ({
    code: indicator.code,
    scope,
    period: 'year',
    ...yearRange(year - 1, year),
  }));
  const tables = useIndicatorTables(requests);
  const tableOf = new Map(asked.map((indicator, index) => [indicator.code, tables[index]]));
  const first = tables.find((table) => table.data)?.data;
  const suppressed = tables.some((table) => anySuppressed(table.data));
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-cards-title">
      <Title order={2} size="h3" id="dashboard-cards-title">
        {t('dashboard.cards.title')}
      </Title>
      <PartStatus query={catalogue}>
        {indicators.length === 0 ? (
          <EmptyState>{t('dashboard.cards.none')}</EmptyState>
        ) : (
          <>
            <SuppressionLegend applied={scope === 'national' || suppressed} k={first?.suppression.k ?? 11} />
            <ComputedAt times={tables.map((table) => table.data?.computedAt)} />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
              {indicators.map((indicator) => (
                <IndicatorCard
                  key={indicator.code}
                  indicator={indicator}
                  table={tableOf.get(indicator.code)?.data}
                  failed={tableOf.get(indicator.code)?.isError ?? false}
                  nationalOnly={!tableOf.has(indicator.code)}
                  year={year}
                />
              ))}
            </SimpleGrid>
          </>
        )}
      </PartStatus>
    </Stack>
  );
}

function IndicatorCard({
  indicator,
  table,
  failed,
  nationalOnly,
  year,
}: {
  indicator: IndicatorSummary;
  table: IndicatorTable | undefined;
  failed: boolean;
  nationalOnly: boolean;
  year: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = indicator.name[locale];
  return (
    <Paper withBorder p="md" data-testid="indicator-card" data-indicator={indicator.code}>
      <Stack gap={4}>
        <Text size="sm" fw={600} component="h3" m={0}>
          {name}
        </Text>
        {nationalOnly ? (
          <Text size="sm" c="dimmed" data-testid="indicator-national-only">
            {t('dashboard.cards.nationalOnly')}
          </Text>
        ) : failed ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.cards.failed')}
          </Text>
        ) : !table ? (
          <Skeleton height={40} />
        ) : (
          <CardBody indicator={indicator} table={table} year={year} />
        )}
      </Stack>
    </Paper>
  );
}

function CardBody({
  indicator,
  table,
  year,
}: {
  indicator: IndicatorSummary;
  table: IndicatorTable;
  year: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures = cardFigures(table, year, indicator.targets);
  const k = table.suppression.k;
  const previousYear = year - 1;
  const change =
    figures.change === null
      ? t('dashboard.cards.noComparison', { year: previousYear })
      : figures.change === 0
        ? t('dashboard.cards.same', { year: previousYear })
        : t(figures.change > 0 ? 'dashboard.cards.up' : 'dashboard.cards.down', {
            // A percentage moves by percentage points, not by a percentage of itself.
            change:
              indicator.unit === 'percentage'
                ? t('dashboard.points', { value: formatValue(Math.abs(figures.change), 'mean', locale) })
                : unitText(Math.abs(figures.change), indicator.unit, locale, t),
            year: previousYear,
          });
  const arrow = figures.change === null || figures.change === 0 ? '' : figures.change > 0 ? '▲ ' : '▼ ';
  return (
    <>
      <CellValue cell={figures.current} unit={indicator.unit} k={k} size="xl" fw={700} />
      <Text size="sm" c="dimmed" data-testid="indicator-change">
        <span aria-hidden="true">{arrow}</span>
        {change}
      </Text>
      {figures.target !== null && (
        <Text size="sm" data-testid="indicator-target">
          {t('dashboard.cards.target', {
            year,
            value: unitText(figures.target, indicator.unit, locale, t),
          })}
        </Text>
      )}
    </>
  );
}

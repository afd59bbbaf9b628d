import { type DataQuality, dataQualityFields } from '@lantern/domain';
import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { PartStatus } from '../cases/PartStatus';
import { DataTable } from '../shared/DataTable';
import { EmptyState } from '../shared/ListStates';
import { Panel } from '../shared/Panel';
import { LateEntriesTable } from './LateEntriesTable';
import { useDataQuality } from './queries';

type AgencyQuality = DataQuality['agencies'][number];

/**
 * What to fix first in the own scope: per agency, open cases lacking each key field (the indicators count them
 * as "unknown") and cases standing still in a state; then the standing-still cases by state.
 */
export function DataQualityPanel() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const quality = useDataQuality();
  const days = quality.data?.stuckAfterDays ?? 30;
  const count = (value: number) => formatCount(value, locale);
  return (
    <Panel title={t('dashboard.quality.title')}>
      <Text size="sm">{t('dashboard.quality.intro', { days })}</Text>
      <PartStatus query={quality}>
        {quality.data && quality.data.agencies.length === 0 && (
          <EmptyState>{t('dashboard.quality.empty')}</EmptyState>
        )}
        {quality.data && quality.data.agencies.length > 0 && (
          <>
            <DataTable<AgencyQuality>
              headings={[
                t('dashboard.quality.agency'),
                t('dashboard.quality.openCases'),
                ...dataQualityFields.map((field) => t(`dashboard.quality.${field}`)),
                t('dashboard.quality.stuck', { days }),
              ]}
              rows={quality.data.agencies}
              rowKey={(row) => row.agencyId}
              minWidth={820}
              verticalSpacing="xs"
              testId="quality-table"
              rowTestId="quality-row"
              cells={(row) => (
                <>
                  <Table.Td>{row.agencyName}</Table.Td>
                  <Table.Td ta="end">{count(row.openCases)}</Table.Td>
                  {dataQualityFields.map((field) => (
                    <Table.Td key={field} ta="end" data-field={field}>
                      {count(row.missing[field] ?? 0)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="end" data-field="stuck">
                    {count(row.stuck)}
                  </Table.Td>
                </>
              )}
            />
            {quality.data.hasMore && <Text size="sm">{t('dashboard.quality.more')}</Text>}
            <Text fw={600} size="sm" component="h3" m={0}>
              {t('dashboard.quality.stuckByState')}
            </Text>
            {quality.data.stuckByState.length === 0 ? (
              <Text size="sm">{t('dashboard.quality.noneStuck', { days })}</Text>
            ) : (
              <List size="sm" data-testid="quality-stuck">
                {quality.data.stuckByState.map((entry) => (
                  <List.Item key={entry.state}>
                    {t(`case.state.${entry.state}`)}: {count(entry.count)}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {quality.data && <LateEntriesTable late={quality.data.lateEntries} />}
      </PartStatus>
    </Panel>
  );
}

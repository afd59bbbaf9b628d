import { type DataQuality, lateEntryMeasures } from '@lantern/domain';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { DataTable } from '../shared/DataTable';

type LateEntries = DataQuality['lateEntries'];
type AgencyLate = LateEntries['agencies'][number];

/**
 * Late entries in the own scope, by agency: of the screenings, registrations and referral outcomes of the recent
 * window, how many were entered late ("late / recorded"). The agencies with the most late entries come first.
 */
export function LateEntriesTable({ late }: { late: LateEntries }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const count = (value: number) => formatCount(value, locale);
  const window = late.windowDays;
  return (
    <>
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('dashboard.quality.late.title')}
      </Text>
      <Text size="sm">{t('dashboard.quality.late.intro', { window, days: late.afterDays })}</Text>
      {late.agencies.length === 0 ? (
        <Text size="sm">{t('dashboard.quality.late.empty', { window })}</Text>
      ) : (
        <DataTable<AgencyLate>
          headings={[
            t('dashboard.quality.agency'),
            ...lateEntryMeasures.map((measure) => t(`dashboard.quality.late.${measure}`)),
          ]}
          rows={late.agencies}
          rowKey={(row) => row.agencyId}
          minWidth={560}
          verticalSpacing="xs"
          testId="late-table"
          rowTestId="late-row"
          cells={(row) => (
            <>
              <Table.Td>{row.agencyName}</Table.Td>
              {lateEntryMeasures.map((measure) => (
                <Table.Td
                  key={measure}
                  ta="end"
                  data-field={measure}
                  aria-label={t('dashboard.quality.late.cellLabel', {
                    late: count(row[measure].late),
                    recorded: count(row[measure].recorded),
                  })}
                >
                  <bdi>
                    {t('dashboard.quality.late.cell', {
                      late: count(row[measure].late),
                      recorded: count(row[measure].recorded),
                    })}
                  </bdi>
                </Table.Td>
              ))}
            </>
          )}
        />
      )}
      {late.hasMore && <Text size="sm">{t('dashboard.quality.more')}</Text>}
    </>
  );
}

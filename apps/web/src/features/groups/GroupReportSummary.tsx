import type { GroupReport } from '@lantern/domain';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';

/** The group's activity in numbers: what every reader of the group sees, never a name. */
export function GroupReportSummary({ report }: { report: GroupReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures: [string, string, string][] = [
    ['meetings', t('groups.report.meetings'), formatCount(report.meetings, locale)],
    ['survivors', t('groups.report.survivors'), formatCount(report.members.survivor, locale)],
    ['community', t('groups.report.community'), formatCount(report.members.community, locale)],
    ['active', t('groups.report.active'), formatCount(report.members.active, locale)],
    [
      'attendance',
      t('groups.report.attendance'),
      report.attendanceRate === null
        ? t('groups.report.none')
        : new Intl.NumberFormat(locale, { style: 'percent' }).format(report.attendanceRate),
    ],
    ['savings', t('groups.report.savings'), formatVnd(report.savingsVnd, locale)],
    ['businesses', t('groups.report.businesses'), formatCount(report.businessStarts, locale)],
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="group-report">
      <Title order={2} size="h4" id="group-report">
        {t('groups.report.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        {figures.map(([key, label, value]) => (
          <Paper key={key} withBorder p="sm" data-testid={`group-report-${key}`}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg" dir="auto">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

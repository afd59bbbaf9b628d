import type { ContactCounts as Counts } from '@lantern/domain';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import classes from './intake.module.css';
import { contactLabel } from './labels';
import { useContactCounts } from './queries';

/** yyyy-MM as MM/yyyy (the month of dd/MM/yyyy), kept left to right inside Arabic text. */
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function Tally({
  title,
  testId,
  entries,
}: {
  title: string;
  testId: string;
  entries: { code: string; label: string; count: number }[];
}) {
  const locale = currentLocale();
  const most = Math.max(1, ...entries.map((entry) => entry.count));
  return (
    <Stack gap={6} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {entries.map((entry) => (
          <li key={entry.code} data-code={entry.code}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{entry.label}</Text>
              <Text size="sm" fw={600} data-testid="count">
                {formatCount(entry.count, locale)}
              </Text>
            </Group>
            <div className={classes.bar} style={{ width: `${(entry.count / most) * 100}%` }} aria-hidden />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** The office's activity over the last 12 months: what it reports, counted by the server in one query. */
export function ContactCounts() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const counts = useContactCounts();
  if (counts.isPending) return <LoadingSkeleton gap="sm" blocks={[{ height: 160 }]} />;
  if (counts.isError)
    return <LoadFailed message={counts.error.message} onRetry={() => void counts.refetch()} />;
  const data: Counts = counts.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-counts-title">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="contact-counts-title">
            {t('intake.counts.title')}
          </Title>
          <Text fw={600} data-testid="contacts-total">
            {t('intake.counts.total', { count: formatCount(data.total, locale) })}
          </Text>
        </Group>
        {data.total === 0 ? (
          <Text c="dimmed">{t('intake.counts.empty')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Tally
              title={t('intake.counts.byChannel')}
              testId="counts-by-channel"
              entries={data.byChannel.map((entry) => ({
                ...entry,
                label: contactLabel('channel', entry.code, locale),
              }))}
            />
            <Tally
              title={t('intake.counts.byOutcome')}
              testId="counts-by-outcome"
              entries={data.byOutcome.map((entry) => ({
                ...entry,
                label: contactLabel('outcome', entry.code, locale),
              }))}
            />
          </SimpleGrid>
        )}
        {data.total > 0 && (
          <Table.ScrollContainer minWidth={240}>
            <Table striped data-testid="counts-by-month">
              <Table.Caption>{t('intake.counts.byMonth')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('intake.counts.month')}</Table.Th>
                  <Table.Th scope="col">{t('intake.counts.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.byMonth.map((entry) => (
                  <Table.Tr key={entry.month}>
                    <Table.Td dir="ltr">{monthLabel(entry.month)}</Table.Td>
                    <Table.Td>{formatCount(entry.count, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

import type { Locale, ReportJobView } from '@lantern/domain';
import { Anchor, Group, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission, useSession } from '../../lib/session';
import { RequireSession } from '../auth/RequireSession';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ToneBadge } from '../shell/ToneBadge';
import { useMyReports, useRequestReport } from './queries';

const READERS = ['indicators.read', 'stats.read_aggregate'];
/** The years of the two national programmes (Decision 193/QĐ-TTg 2021–2025, Decision 33/QĐ-TTg 2026–2030). */
const YEARS = Array.from({ length: 10 }, (_, index) => String(2021 + index));
const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'العربية' },
];

/** The programme officer's review reports: ask for one, watch it being built, download it. */
export function ReportsPage() {
  return (
    <RequireSession anyOf={READERS}>
      <Reports />
    </RequireSession>
  );
}

function Reports() {
  const { t } = useTranslation();
  const reports = useMyReports();
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <RequestForm />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('reports.listTitle')}
        </Title>
        {reports.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 72 }, { height: 72 }]} />}
        {reports.isError && (
          <LoadFailed message={reports.error.message} onRetry={() => void reports.refetch()} />
        )}
        {reports.data?.reports.length === 0 && <Text c="dimmed">{t('reports.empty')}</Text>}
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="report-list">
          {reports.data?.reports.map((job) => (
            <ReportItem key={job.id} job={job} />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}

function RequestForm() {
  const { t } = useTranslation();
  const session = useSession().data;
  const request = useRequestReport();
  const fields = useFieldErrors(request.error);
  const both = hasPermission(session, 'indicators.read') && hasPermission(session, 'stats.read_aggregate');
  const [fromYear, setFromYear] = useState('2021');
  const [toYear, setToYear] = useState('2023');
  const [targetYear, setTargetYear] = useState('2025');
  const [scope, setScope] = useState<'own' | 'national'>('own');
  const [language, setLanguage] = useState<string>(currentLocale());
  const years = YEARS.map((year) => ({ value: year, label: year }));
  const submit = () =>
    request.mutate({
      fromYear: Number(fromYear),
      toYear: Number(toYear),
      targetYear: Number(targetYear),
      language: language as Locale,
      ...(both ? { scope } : {}),
    });
  return (
    <PartForm title={t('reports.request')} onSubmit={submit}>
      <Group gap="md" align="flex-start">
        <NativeSelect
          label={t('reports.fromYear')}
          data={years}
          {...fields.textField('fromYear', fromYear, setFromYear)}
          data-testid="report-from-year"
        />
        <NativeSelect
          label={t('reports.toYear')}
          data={years}
          {...fields.textField('toYear', toYear, setToYear)}
          data-testid="report-to-year"
        />
        <NativeSelect
          label={t('reports.targetYear')}
          data={years}
          {...fields.textField('targetYear', targetYear, setTargetYear)}
          data-testid="report-target-year"
        />
      </Group>
      <Group gap="md" align="flex-start">
        {both && (
          <NativeSelect
            label={t('reports.scope')}
            data={[
              { value: 'own', label: t('reports.scopeOwn') },
              { value: 'national', label: t('reports.scopeNational') },
            ]}
            value={scope}
            onChange={(event) => setScope(event.currentTarget.value === 'national' ? 'national' : 'own')}
          />
        )}
        <NativeSelect
          label={t('reports.language')}
          data={LANGUAGES}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value)}
        />
      </Group>
      <PartFormFooter
        error={request.error}
        done={request.isSuccess && t('reports.requested')}
        submitLabel={t('reports.request')}
        pending={request.isPending}
      />
    </PartForm>
  );
}

function ReportItem({ job }: { job: ReportJobView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const building = job.status === 'queued' || job.status === 'running';
  const tone = job.status === 'done' ? 'positive' : job.status === 'failed' ? 'negative' : 'info';
  return (
    <Paper component="li" withBorder p="md" data-testid="report-item" data-status={job.status}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>
              {t('reports.periods', {
                from: job.periods.fromYear,
                to: job.periods.toYear,
                target: job.periods.targetYear,
              })}
              {' · '}
              {job.scope === 'national' ? t('reports.scopeNational') : t('reports.scopeOwn')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('reports.requestedAt', { at: formatDateTime(job.createdAt, locale) })}
              {job.status === 'done' &&
                !job.expired &&
                ` · ${t('reports.expiresAt', { at: formatDateTime(job.expiresAt, locale) })}`}
            </Text>
          </Stack>
          <ToneBadge tone={job.expired ? 'neutral' : tone} size="md">
            {job.expired && job.status === 'done'
              ? t('reports.expired')
              : t(`reports.status.${job.status}`, { progress: job.progress })}
          </ToneBadge>
        </Group>
        {building && (
          <Progress value={job.progress} aria-label={t('reports.progressLabel')} animated striped />
        )}
        {job.status === 'done' && !job.expired && (
          <Group gap="md">
            <Anchor href={`/api/reports/${job.id}/pdf`} fw={600} py={6} data-testid="report-pdf">
              {t('reports.downloadPdf')}
            </Anchor>
            <Anchor href={`/api/reports/${job.id}/xlsx`} fw={600} py={6} data-testid="report-xlsx">
              {t('reports.downloadXlsx')}
            </Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

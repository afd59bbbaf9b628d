import { type FeedbackResults, type IssuedFeedbackCode, isLocale, vocabularies } from '@lantern/domain';
import { Alert, Box, Button, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import { ErrorAlert } from '../shared/Alerts';
import { Panel } from '../shared/Panel';
import { FeedbackTexts } from './FeedbackTexts';
import { serviceLabel } from './status-labels';

/** Staff's feedback page: hand out a code or the device (feedback.collect); read results (feedback.review). */
export function FeedbackPage() {
  return (
    <RequireSession anyOf={['feedback.collect', 'feedback.review']}>
      <Feedback />
    </RequireSession>
  );
}

function Feedback() {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('feedback.page.title')}</Title>
      <Text>{t('feedback.page.intro')}</Text>
      {hasPermission(session, 'feedback.collect') && <CollectPanel />}
      {hasPermission(session, 'feedback.review') && <ResultsPanel />}
      {hasPermission(session, 'feedback.review') && <FeedbackTexts />}
    </Stack>
  );
}

function CollectPanel() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  const [service, setService] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: (serviceType: string) =>
      api<IssuedFeedbackCode>('/api/feedback/codes', { method: 'POST', body: { serviceType } }),
  });
  const issued = issue.data;
  return (
    <Panel title={t('feedback.page.collect')}>
      <Select
        label={t('feedback.page.service')}
        data={(vocabularies['vn-referral-service']?.codes ?? []).map((entry) => ({
          value: entry.code,
          label: entry.labels[locale],
        }))}
        value={service}
        onChange={setService}
        searchable
        data-testid="feedback-service"
      />
      <ErrorAlert message={issue.error?.message} />
      <Group gap="sm">
        <Button
          h={44}
          disabled={!service}
          onClick={() => service && issue.mutate(service)}
          loading={issue.isPending}
        >
          {t('feedback.page.issue')}
        </Button>
        <Button
          h={44}
          variant="default"
          disabled={!service}
          onClick={() => service && void navigate({ to: '/survivor/device', search: { service } })}
          data-testid="start-survivor-mode"
        >
          {t('feedback.page.device')}
        </Button>
      </Group>
      {issued && (
        <Alert color="blue" variant="outline" title={t('feedback.page.issued')}>
          <Stack gap="xs">
            <Box
              w={200}
              // The server draws the QR code (qrcode package) as SVG from the link alone.
              // biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server made from a URL, no user text
              dangerouslySetInnerHTML={{ __html: issued.qrSvg }}
              role="img"
              aria-label={t('feedback.page.qr')}
            />
            <Code fz="lg" dir="ltr" data-testid="issued-feedback-code">
              {issued.code}
            </Code>
            <Text size="sm" dir="ltr" style={{ wordBreak: 'break-all' }} data-testid="issued-feedback-link">
              {issued.link}
            </Text>
            <Text size="sm">
              {t('feedback.page.expires', {
                on: formatDayMonthYear(issued.expiresAt.slice(0, 10)),
                service: serviceLabel(issued.serviceType, i18n.language, t),
              })}
            </Text>
          </Stack>
        </Alert>
      )}
    </Panel>
  );
}

const thisYear = () => new Date().getFullYear();

function ResultsPanel() {
  const { t, i18n } = useTranslation();
  const from = `${thisYear() - 1}-01`;
  const to = `${thisYear()}-12`;
  const results = useQuery({
    queryKey: ['feedback', 'results', from, to],
    queryFn: () => api<FeedbackResults>(`/api/feedback/results?from=${from}&to=${to}`),
  });
  const shown = (value: number | null, suffix = '') =>
    value === null ? t('feedback.page.suppressed') : `${value}${suffix}`;
  return (
    <Panel title={t('feedback.page.results')}>
      <Text size="sm">{t('feedback.page.resultsHelp', { k: results.data?.k ?? 11 })}</Text>
      <ErrorAlert message={results.error?.message} />
      {results.data &&
        (results.data.services.length === 0 ? (
          <Text>{t('feedback.page.noResults')}</Text>
        ) : (
          <Table data-testid="feedback-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('feedback.page.service')}</Table.Th>
                <Table.Th>{t('feedback.page.responses')}</Table.Th>
                <Table.Th>{t('feedback.page.satisfied')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.data.services.map((row) => (
                <Table.Tr key={row.serviceType}>
                  <Table.Td>{serviceLabel(row.serviceType, i18n.language, t)}</Table.Td>
                  <Table.Td>{shown(row.responses)}</Table.Td>
                  <Table.Td>{shown(row.satisfiedPercent, ' %')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Panel>
  );
}

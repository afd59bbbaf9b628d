import type { HtcdsExport } from '@lantern/domain';
import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { PageHeader } from '../shared/PageHeader';
import { useFieldErrors } from '../shared/useFieldErrors';
import { fetchFile, saveFile } from './download';

const thisYear = new Date().getFullYear();
// Mantine's yellow title is too pale on its light background (WCAG contrast); the referral warnings use the same.
const warningTitle = { title: { color: '#4a3000' } };

/**
 * Partner exports: the CTDC-style de-identified file (programme analysts) and the HTCDS file of the agency's
 * cases (supervisors), each for a period of registration. The HTCDS archive's password is shown here once.
 */
export function ExportsPage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const may = (permission: string) => session.user.permissions.includes(permission);
  const [from, setFrom] = useState<string | null>(`${thisYear}-01-01`);
  const [to, setTo] = useState<string | null>(`${thisYear}-12-31`);
  return (
    <Stack gap="md">
      <PageHeader title={t('exports.title')} intro={t('exports.intro')} />
      <Group grow align="flex-start">
        <DayInput label={t('exports.from')} value={from} onChange={setFrom} required testId="export-from" />
        <DayInput label={t('exports.to')} value={to} onChange={setTo} required testId="export-to" />
      </Group>
      {may('export.deidentified') && from && to && <CtdcExport from={from} to={to} />}
      {may('export.htcds') && from && to && (
        <HtcdsExportPanel from={from} to={to} identifyingAllowed={may('export.identifying')} />
      )}
    </Stack>
  );
}

function CtdcExport({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async () => {
      const { blob, headers } = await fetchFile(`/api/exports/ctdc?from=${from}&to=${to}`);
      saveFile(blob, `ctdc-${from}-${to}.csv`);
      return {
        records: Number(headers.get('x-lantern-records') ?? 0),
        suppressed: Number(headers.get('x-lantern-suppressed') ?? 0),
      };
    },
  });
  const fields = useFieldErrors(download.error);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('exports.ctdc.title')}
        </Title>
        <Text size="sm">{t('exports.ctdc.help')}</Text>
        <Button
          h={44}
          loading={download.isPending}
          onClick={() => download.mutate()}
          data-testid="export-ctdc"
        >
          {t('exports.ctdc.download')}
        </Button>
        {download.data && (
          <Alert color="teal" data-testid="export-ctdc-result">
            {t('exports.ctdc.done', download.data)}
          </Alert>
        )}
        {download.error && (
          <Alert color="red" role="alert">
            {fields.errorOf('to') ?? fields.errorOf('from') ?? download.error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function HtcdsExportPanel({
  from,
  to,
  identifyingAllowed,
}: {
  from: string;
  to: string;
  identifyingAllowed: boolean;
}) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [identifying, setIdentifying] = useState(false);
  const make = useMutation({
    mutationFn: async () => {
      const result = await api<HtcdsExport>('/api/exports/htcds', {
        method: 'POST',
        body: { from, to, format, identifying },
      });
      const bytes = Uint8Array.from(atob(result.archive), (char) => char.charCodeAt(0));
      saveFile(new Blob([bytes], { type: 'application/zip' }), result.fileName);
      return result;
    },
  });
  const fields = useFieldErrors(make.error);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('exports.htcds.title')}
        </Title>
        <Text size="sm">{t('exports.htcds.help')}</Text>
        <SegmentedControl
          value={format}
          onChange={(value) => setFormat(value as 'csv' | 'json')}
          data={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
          aria-label={t('exports.htcds.format')}
        />
        {identifyingAllowed && (
          <Switch
            label={t('exports.htcds.identifying')}
            description={t('exports.htcds.identifyingHelp')}
            checked={identifying}
            onChange={(event) => setIdentifying(event.currentTarget.checked)}
          />
        )}
        <Button h={44} loading={make.isPending} onClick={() => make.mutate()} data-testid="export-htcds">
          {t('exports.htcds.download')}
        </Button>
        {make.data && (
          <Alert
            color="yellow"
            styles={warningTitle}
            data-testid="export-htcds-password"
            title={t('exports.htcds.passwordTitle')}
          >
            <Stack gap={4}>
              <Text size="sm">{t('exports.htcds.done', { count: make.data.records })}</Text>
              <Code fz="lg" dir="ltr">
                {make.data.password}
              </Code>
              <Text size="sm">{t('exports.htcds.passwordOnce')}</Text>
            </Stack>
          </Alert>
        )}
        {make.error && (
          <Alert color="red" role="alert">
            {fields.errorOf('to') ?? fields.errorOf('from') ?? make.error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

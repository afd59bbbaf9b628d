import type { InstrumentSummary } from '@lantern/domain';
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { ToneBadge } from '../shell/ToneBadge';
import { screeningKeys, useInstrumentSummaries } from './queries';

/**
 * Administrators look after the screening instruments: see which versions are in use and how sure we are of
 * each, record that a secondary-source version was checked against its primary source, and publish a new
 * version from a JSON file (a list transcribed later, a correction) without a code change.
 */
export function InstrumentsAdminPage() {
  return (
    <RequireSession anyOf={['admin.instruments.manage']}>
      <Instruments />
    </RequireSession>
  );
}

const statusTone = { verified: 'positive', secondary: 'warning', local: 'info' } as const;

function Instruments() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const instruments = useInstrumentSummaries();
  const [verifying, setVerifying] = useState<InstrumentSummary | null>(null);
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: async (file: File) => {
      let definition: unknown;
      try {
        definition = JSON.parse(await file.text());
      } catch {
        throw new ApiError(400, 'invalid_json', t('screeningWeb.admin.invalidJson'));
      }
      return api<InstrumentSummary>('/api/instruments', { method: 'POST', body: { definition } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: screeningKeys.instruments }),
  });

  return (
    <Stack gap="md">
      <Title order={1}>{t('screeningWeb.admin.title')}</Title>
      <Text c="dimmed">{t('screeningWeb.admin.intro')}</Text>
      {instruments.isPending ? (
        <Skeleton height={160} />
      ) : instruments.error ? (
        <Alert color="red">{instruments.error.message}</Alert>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('screeningWeb.admin.instrument')}</Table.Th>
              <Table.Th>{t('screeningWeb.admin.version')}</Table.Th>
              <Table.Th>{t('screeningWeb.admin.source')}</Table.Th>
              <Table.Th>{t('screeningWeb.admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instruments.data.map((instrument) => (
              <Table.Tr key={`${instrument.id}@${instrument.version}`}>
                <Table.Td>
                  <Text fw={600}>{instrument.title[locale]}</Text>
                  <Text size="sm" c="dimmed">
                    {instrument.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {instrument.version}
                  {!instrument.latest && (
                    <Text size="sm" c="dimmed">
                      {t('screeningWeb.admin.older')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {instrument.verification ? (
                    <ToneBadge tone="positive">{t('screening.sourceStatus.secondaryVerified')}</ToneBadge>
                  ) : (
                    <ToneBadge tone={statusTone[instrument.sourceStatus]}>
                      {t(`screening.sourceStatus.${instrument.sourceStatus}`)}
                    </ToneBadge>
                  )}
                  {instrument.verification && (
                    <Text size="sm">
                      {t('screeningWeb.admin.verifiedOn', {
                        date: new Date(instrument.verification.at).toLocaleDateString(locale),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {instrument.sourceStatus === 'secondary' && !instrument.verification && (
                    <Button size="sm" variant="light" onClick={() => setVerifying(instrument)}>
                      {t('screeningWeb.admin.recordVerification')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs">
        <Title order={2}>{t('screeningWeb.admin.publishTitle')}</Title>
        <Text size="sm">{t('screeningWeb.admin.publishIntro')}</Text>
        <Group>
          <FileButton accept="application/json,.json" onChange={(file) => file && publish.mutate(file)}>
            {(props) => (
              <Button {...props} loading={publish.isPending}>
                {t('screeningWeb.admin.publish')}
              </Button>
            )}
          </FileButton>
        </Group>
        {publish.isSuccess && (
          <Alert color="teal">
            {t('screeningWeb.admin.published', { id: publish.data.id, version: publish.data.version })}
          </Alert>
        )}
        {publish.error && (
          <Alert color="red" title={publish.error.message}>
            {publish.error instanceof ApiError && publish.error.details.length > 0 && (
              <List size="sm">
                {publish.error.details.slice(0, 10).map((detail) => (
                  <List.Item key={`${detail.field}:${detail.code}`}>
                    {detail.field}: {detail.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
      {verifying && <VerifyModal instrument={verifying} onClose={() => setVerifying(null)} />}
    </Stack>
  );
}

function VerifyModal({ instrument, onClose }: { instrument: InstrumentSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const verify = useMutation({
    mutationFn: () =>
      api<InstrumentSummary>(
        `/api/instruments/${encodeURIComponent(instrument.id)}/${instrument.version}/verification`,
        { method: 'POST', body: { note } },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['screening'] });
      onClose();
    },
  });
  const fieldError = verify.error instanceof ApiError ? verify.error.fieldError('note') : undefined;
  return (
    <Modal opened onClose={onClose} title={t('screeningWeb.admin.verifyTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('screeningWeb.admin.verifyIntro')}</Text>
        <Textarea
          label={t('screeningWeb.admin.verifyNote')}
          description={t('screeningWeb.admin.verifyNoteHelp')}
          minRows={4}
          autosize
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError}
          required
        />
        {verify.error && !fieldError && <Alert color="red">{verify.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('screeningWeb.admin.cancel')}
          </Button>
          <Button
            onClick={() => verify.mutate()}
            loading={verify.isPending}
            disabled={note.trim().length < 10}
          >
            {t('screeningWeb.admin.confirmVerification')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

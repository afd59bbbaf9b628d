import { type ServiceEntry, vocabularies } from '@lantern/domain';
import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { DoneNotice } from '../shared/Alerts';
import { CardList, EmptyState } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { Section } from '../shared/Section';
import { useAgencyServices, useWithdrawService } from './queries';
import { ServiceCard } from './ServiceCard';
import { ServiceFormModal } from './ServiceFormModal';
import { useDirectoryLabels } from './useDirectoryLabels';

const SERVICE_CODES = vocabularies['vn-referral-service'].codes.map((entry) => entry.code);

/** The caller's own agency's entries, to publish, keep current (free places above all) and withdraw. */
export function OurServices({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const list = useAgencyServices(agencyId);
  const withdraw = useWithdrawService();
  const [editing, setEditing] = useState<ServiceEntry | 'new' | null>(null);
  const [withdrawing, setWithdrawing] = useState<ServiceEntry | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (list.isPending) return <Skeleton height={240} />;
  if (list.isError) return <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />;
  const { agency, services } = list.data;
  const published = new Set(services.map((entry) => entry.serviceCode));
  const unpublished = SERVICE_CODES.filter((code) => !published.has(code));

  return (
    <Section
      id="our-services"
      title={t('directoryWeb.ours.title', { agency: agency.name })}
      intro={t('directoryWeb.ours.intro')}
    >
      <Stack gap="md">
        <Button
          h={44}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setEditing('new')}
          disabled={unpublished.length === 0}
          title={unpublished.length === 0 ? t('directoryWeb.ours.allPublished') : undefined}
        >
          {t('directoryWeb.ours.add')}
        </Button>
        {done && <DoneNotice onClose={() => setDone(null)}>{done}</DoneNotice>}
        {services.length === 0 ? (
          <Paper withBorder p="lg">
            <Stack gap="xs">
              <Text fw={600}>{t('directoryWeb.ours.empty')}</Text>
              <EmptyState>{t('directoryWeb.ours.emptyHint')}</EmptyState>
            </Stack>
          </Paper>
        ) : (
          <CardList gap="sm" aria-label={t('directoryWeb.ours.title', { agency: agency.name })}>
            {services.map((entry) => (
              <ServiceCard
                key={entry.serviceCode}
                agency={agency}
                heading="service"
                entry={entry}
                labels={labels}
                actions={
                  <Group gap="sm">
                    <Button variant="light" h={44} onClick={() => setEditing(entry)}>
                      {t('directoryWeb.ours.edit')}
                    </Button>
                    <Button variant="subtle" color="red" h={44} onClick={() => setWithdrawing(entry)}>
                      {t('directoryWeb.ours.withdraw')}
                    </Button>
                  </Group>
                }
              />
            ))}
          </CardList>
        )}
      </Stack>
      {editing && (
        <ServiceFormModal
          entry={editing === 'new' ? null : editing}
          unpublished={unpublished}
          serviceName={labels.service}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setDone(t('directoryWeb.ours.saved'));
          }}
        />
      )}
      <ConfirmDialog
        opened={withdrawing !== null}
        title={t('directoryWeb.ours.withdrawTitle')}
        text={t('directoryWeb.ours.withdrawText', { service: labels.service(withdrawing?.serviceCode) })}
        confirmLabel={t('directoryWeb.ours.withdraw')}
        danger
        pending={withdraw.isPending}
        error={withdraw.error?.message}
        onClose={() => setWithdrawing(null)}
        onConfirm={() =>
          withdrawing &&
          withdraw.mutate(withdrawing.serviceCode, {
            onSuccess: () => {
              setWithdrawing(null);
              setDone(t('directoryWeb.ours.withdrawn'));
            },
          })
        }
      />
    </Section>
  );
}

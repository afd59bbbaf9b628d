import type { Pathway } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { agencyTypeLabel } from '../admin/labels';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { useProvinceLabels, useVocabularyLabels } from '../cases/labels';
import { PartList } from '../cases/PartStatus';
import { DoneNotice } from '../shared/Alerts';
import { PageHeader } from '../shared/PageHeader';
import { ToneBadge } from '../shell/ToneBadge';
import { PathwayFormModal } from './PathwayFormModal';
import { mayKeepPathway, nameIn, newPathwayScope, withinText } from './pathway-model';
import { usePathways, useSavePathway } from './pathway-queries';

const KEEPERS = ['case.read_province', 'admin.vocabularies.manage'];

export function PathwaysPage() {
  return (
    <RequireSession anyOf={KEEPERS}>
      <Pathways />
    </RequireSession>
  );
}

/** The standard pathways of the coordination regulation that agencies start on cases, and their upkeep. */
function Pathways() {
  const { t } = useTranslation();
  const permissions = useActiveSession().user.permissions;
  const pathways = usePathways();
  const retire = useSavePathway();
  const scope = newPathwayScope(permissions);
  const [editing, setEditing] = useState<Pathway | 'new' | null>(null);
  const [retiring, setRetiring] = useState<Pathway | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const setActive = (pathway: Pathway, active: boolean) =>
    retire.mutate(
      { id: pathway.id, input: { names: pathway.names, steps: pathway.steps, active } },
      {
        onSuccess: (saved) => {
          setRetiring(null);
          setNotice(
            t(`referralsWeb.pathways.admin.${active ? 'restored' : 'retired'}`, {
              name: nameIn(saved.names, currentLocale()),
            }),
          );
        },
      },
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('referralsWeb.pathways.admin.title')}
        intro={t('referralsWeb.pathways.admin.intro')}
        action={
          scope && (
            <Button h={44} onClick={() => setEditing('new')} data-testid="pathway-add">
              {t(`referralsWeb.pathways.admin.add.${scope}`)}
            </Button>
          )
        }
      />
      {notice && <DoneNotice onClose={() => setNotice(null)}>{notice}</DoneNotice>}
      <PartList query={pathways} empty={t('referralsWeb.pathways.admin.empty')}>
        {(pathway) => (
          <PathwayCard
            key={pathway.id}
            pathway={pathway}
            mayKeep={mayKeepPathway(permissions, pathway)}
            onEdit={() => setEditing(pathway)}
            onRetire={() => setRetiring(pathway)}
            onRestore={() => setActive(pathway, true)}
          />
        )}
      </PartList>
      <PathwayFormModal
        editing={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(t('referralsWeb.pathways.admin.saved', { name: nameIn(saved.names, currentLocale()) }));
        }}
      />
      <ConfirmDialog
        opened={retiring !== null}
        title={t('referralsWeb.pathways.admin.retireTitle')}
        text={t('referralsWeb.pathways.admin.retireText', {
          name: retiring ? nameIn(retiring.names, currentLocale()) : '',
        })}
        confirmLabel={t('referralsWeb.pathways.admin.retire')}
        danger
        pending={retire.isPending}
        error={retire.error?.message}
        onConfirm={() => retiring && setActive(retiring, false)}
        onClose={() => {
          setRetiring(null);
          retire.reset();
        }}
      />
    </Stack>
  );
}

function PathwayCard({
  pathway,
  mayKeep,
  onEdit,
  onRetire,
  onRestore,
}: {
  pathway: Pathway;
  mayKeep: boolean;
  onEdit: () => void;
  onRetire: () => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const service = useVocabularyLabels('vn-referral-service');
  const province = useProvinceLabels();
  const headingId = `pathway-${pathway.id}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId} data-testid="pathway-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 320px' }}>
            <Title order={2} size="h4" id={headingId}>
              {nameIn(pathway.names, locale)}
            </Title>
            <Group gap={6}>
              <ToneBadge tone="info" size="md" radius="sm" variant="outline">
                {pathway.provinceCode === null
                  ? t('referralsWeb.pathways.admin.national')
                  : t('referralsWeb.pathways.admin.province', { province: province(pathway.provinceCode) })}
              </ToneBadge>
              <ToneBadge tone={pathway.active ? 'positive' : 'neutral'} size="md" radius="sm">
                {t(`referralsWeb.pathways.admin.${pathway.active ? 'active' : 'inactive'}`)}
              </ToneBadge>
            </Group>
          </Stack>
          {mayKeep && (
            <Group gap="xs">
              <Button variant="light" h={44} onClick={onEdit}>
                {t('referralsWeb.pathways.admin.edit')}
              </Button>
              {pathway.active ? (
                <Button variant="default" h={44} onClick={onRetire}>
                  {t('referralsWeb.pathways.admin.retire')}
                </Button>
              ) : (
                <Button variant="default" h={44} onClick={onRestore}>
                  {t('referralsWeb.pathways.admin.restore')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        <Stack component="ol" gap="xs" p={0} m={0} ps="lg">
          {pathway.steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a template's steps have no id; their order is their identity
            <li key={index}>
              <Text fw={600} size="sm">
                {nameIn(step.names, locale)}
              </Text>
              <Text size="sm">
                {[
                  agencyTypeLabel(t, step.agencyType),
                  t(`referralsWeb.urgency.${step.urgency}`),
                  withinText(t, step.completeHours),
                ].join(' · ')}
              </Text>
              <Text size="sm" c="dimmed">
                {formatList(
                  step.services.map((code) => service(code)),
                  locale,
                )}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

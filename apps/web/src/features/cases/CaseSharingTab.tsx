import { agencySearchTexts, type CaseDetail, matchesEveryWord } from '@lantern/domain';
import { Button, Group, NativeSelect, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { agencyTypeLabel } from '../admin/labels';
import { useActiveSession } from '../auth/RequireSession';
import sharedCss from '../shared/shared.module.css';
import { ToneBadge } from '../shell/ToneBadge';
import classes from './cases.module.css';
import { useProvinceLabels } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { PartList } from './PartStatus';
import { type CaseShare, useAgencyDirectory, useRevokeShare, useShareCase, useShares } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PURPOSES = ['support', 'referral', 'verification', 'legal_aid', 'health_care'] as const;

export function SharingTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const shares = useShares(detail.id);
  const revoke = useRevokeShare(detail.id);
  const [ending, setEnding] = useState<CaseShare | null>(null);
  const canShare =
    detail.access === 'agency' &&
    (session.user.permissions.includes('referral.create') ||
      session.user.permissions.includes('case.update'));

  return (
    <Stack gap="md">
      <Text>{t('casesWeb.sharing.intro')}</Text>
      <PartList query={shares} empty={t('casesWeb.sharing.none')}>
        {(share) => (
          <Paper component="li" key={share.id} withBorder p="md" data-testid="share-item">
            <Group justify="space-between" gap="sm" align="flex-start">
              <Stack gap={4}>
                <Text fw={600}>{share.agency.name}</Text>
                <Text size="sm">
                  {t(`casesWeb.sharing.purposes.${share.purpose}`, { defaultValue: share.purpose })}
                  {' · '}
                  <span className={classes.ltr}>{formatDateTime(share.grantedAt, locale)}</span>
                </Text>
                {share.revokedAt && (
                  <Text size="sm" c="dimmed">
                    {t('casesWeb.sharing.endedAt', { time: formatDateTime(share.revokedAt, locale) })}
                    {share.endedBecause === 'consent_withdrawn' &&
                      ` — ${t('consentSharing.sharing.endedByConsent')}`}
                  </Text>
                )}
              </Stack>
              <Group gap="sm">
                <ToneBadge tone={share.active ? 'info' : 'neutral'} size="md">
                  {share.active ? t('casesWeb.sharing.active') : t('casesWeb.sharing.ended')}
                </ToneBadge>
                {canShare && share.active && (
                  <Button variant="default" h={44} onClick={() => setEnding(share)}>
                    {t('casesWeb.sharing.revoke')}
                  </Button>
                )}
              </Group>
            </Group>
          </Paper>
        )}
      </PartList>
      {canShare && <ShareForm caseId={detail.id} />}
      <ConfirmDialog
        opened={ending !== null}
        title={t('casesWeb.sharing.revokeTitle')}
        text={t('casesWeb.sharing.revokeText', { agency: ending?.agency.name ?? '' })}
        confirmLabel={t('casesWeb.sharing.revoke')}
        danger
        pending={revoke.isPending}
        error={revoke.error?.message}
        onConfirm={() => ending && revoke.mutate(ending.id, { onSuccess: () => setEnding(null) })}
        onClose={() => {
          revoke.reset();
          setEnding(null);
        }}
      />
    </Stack>
  );
}

function ShareForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const share = useShareCase(caseId);
  const [agencyId, setAgencyId] = useState('');
  const directory = useAgencyDirectory();
  const province = useProvinceLabels();
  const own = useActiveSession().user.agency.id;
  const others = (directory.data ?? []).filter((agency) => agency.id !== own);
  const options = others.map((agency) => ({
    value: agency.id,
    label: `${agency.name} — ${agencyTypeLabel(t, agency.typeCode)} · ${province(agency.provinceCode)}`,
  }));
  // Every word typed, anywhere in the name, type or province, in any language: "phu nu lao cai" finds the
  // Lào Cai women's union (the same matching as GET /api/directory/agencies?q=).
  const searchTexts = new Map(others.map((agency) => [agency.id, agencySearchTexts(agency)]));
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('support');
  const [invalid, setInvalid] = useState(false);
  const [shared, setShared] = useState<string | null>(null);

  const submit = () => {
    const bad = !UUID.test(agencyId.trim());
    setInvalid(bad);
    setShared(null);
    if (!bad)
      share.mutate(
        { agencyId: agencyId.trim(), purpose },
        {
          onSuccess: (result) => {
            setAgencyId('');
            setShared(result.agency.name);
          },
        },
      );
  };

  return (
    <PartForm title={t('casesWeb.sharing.add')} onSubmit={submit}>
      <Text size="sm">{t('casesWeb.sharing.consentNote')}</Text>
      <Group gap="md" align="flex-start">
        <Select
          label={t('casesWeb.sharing.agency')}
          description={t('casesWeb.sharing.agencyHelp')}
          data-testid="share-agency"
          data={options}
          value={agencyId || null}
          onChange={(value) => setAgencyId(value ?? '')}
          searchable
          filter={({ options: all, search }) =>
            all.filter((option) =>
              'value' in option
                ? matchesEveryWord(search, [option.label, ...(searchTexts.get(option.value) ?? [])])
                : true,
            )
          }
          nothingFoundMessage={directory.isPending ? '…' : t('casesWeb.sharing.agencyInvalid')}
          error={invalid ? t('casesWeb.sharing.agencyInvalid') : undefined}
          style={{ flex: '1 1 320px' }}
          classNames={{ input: sharedCss.input }}
        />
        <NativeSelect
          label={t('casesWeb.sharing.purpose')}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value as (typeof PURPOSES)[number])}
          data={PURPOSES.map((known) => ({ value: known, label: t(`casesWeb.sharing.purposes.${known}`) }))}
          size="md"
          classNames={{ input: sharedCss.input }}
        />
      </Group>
      <PartFormFooter
        error={share.error}
        done={shared && t('casesWeb.sharing.sharedWith', { agency: shared })}
        submitLabel={t('casesWeb.sharing.share')}
        pending={share.isPending}
      />
    </PartForm>
  );
}

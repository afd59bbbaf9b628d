import {
  type CaseDetail,
  type ConsentInput,
  type ConsentView,
  consentPurposes,
  todayInVietNam,
} from '@lantern/domain';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';
import { ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { CaseStoriesPanel } from '../voice/CaseStoriesPanel';
import { type ConsentHow, ConsentHowFields } from './ConsentHowFields';
import classes from './cases.module.css';
import { mayChange } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { ChangeError, PartList } from './PartStatus';
import { useConsents, useLanguages, useRecordConsent, useWithdrawConsent } from './queries';
import { AgencyTypesSelect } from './ReferenceFields';

const child = (detail: CaseDetail) => detail.person.ageBand === '0-8' || detail.person.ageBand === '9-17';

export function ConsentTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const consents = useConsents(detail.id);
  const canChange = mayChange(detail.access, session.user.permissions, 'case.update');
  const [adding, setAdding] = useState(false);
  const [recorded, setRecorded] = useState(false);

  return (
    <Stack gap="md">
      <Text>{t('casesWeb.consent.tabIntro')}</Text>
      {recorded && (
        <Alert color="teal" role="status">
          {t('casesWeb.consent.recorded')}
        </Alert>
      )}
      <PartList query={consents} empty={t('casesWeb.consent.none')}>
        {(consent) => (
          <ConsentItem key={consent.id} caseId={detail.id} consent={consent} canWithdraw={canChange} />
        )}
      </PartList>
      {canChange &&
        (adding ? (
          <AddConsent
            detail={detail}
            onDone={(done) => {
              setAdding(false);
              setRecorded(done);
            }}
          />
        ) : (
          <Group>
            <Button
              h={44}
              variant="default"
              onClick={() => {
                setRecorded(false);
                setAdding(true);
              }}
            >
              {t('casesWeb.consent.add')}
            </Button>
          </Group>
        ))}
      {/* survivor voice (#20): stories are recorded by the owning agency, under their own consent. */}
      {detail.access === 'agency' && session.user.permissions.includes('story.record') && (
        <CaseStoriesPanel caseId={detail.id} />
      )}
    </Stack>
  );
}

function ConsentItem({
  caseId,
  consent,
  canWithdraw,
}: {
  caseId: string;
  consent: ConsentView;
  canWithdraw: boolean;
}) {
  const { t } = useTranslation();
  const languages = useLanguages();
  const withdraw = useWithdrawConsent(caseId);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const language =
    languages.data?.languages.find((known) => known.code === consent.language)?.name ?? consent.language;

  return (
    <Paper component="li" withBorder p="md" data-testid="consent-item">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600}>{t(`case.consentPurpose.${consent.purpose}`)}</Text>
          <ToneBadge tone={consent.active ? 'positive' : 'neutral'} size="md">
            {consent.active ? t('casesWeb.consent.active') : t('casesWeb.consent.withdrawn')}
          </ToneBadge>
        </Group>
        <Text size="sm">
          {t('casesWeb.consent.given', {
            method: t(`casesWeb.consent.methodName.${consent.method}`),
            by: t(`casesWeb.consent.givenBy.${consent.givenBy}`),
            language,
          })}
          {' · '}
          <span className={classes.ltr}>{formatDayMonthYear(consent.obtainedOn)}</span>
        </Text>
        {consent.witness && (
          <Text size="sm">{t('casesWeb.consent.witnessed', { witness: consent.witness })}</Text>
        )}
        {consent.childAssent !== null && (
          <Text size="sm">
            {consent.childAssent ? t('casesWeb.consent.assentGiven') : t('casesWeb.consent.assentRefused')}
          </Text>
        )}
        {consent.purpose === 'sharing' && consent.sharingAgencyTypes.length > 0 && (
          <Text size="sm">
            {t('casesWeb.consent.sharingTypes', {
              types: formatList(
                consent.sharingAgencyTypes.map((type) => t(`agencyTypes.${type}`, { defaultValue: type })),
                currentLocale(),
              ),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('casesWeb.consent.obtainedBy', { name: consent.obtainedBy.displayName })}
        </Text>
        {canWithdraw && consent.active && !confirming && (
          <Group>
            <Button variant="subtle" color="red" c="#9b1c1c" h={44} onClick={() => setConfirming(true)}>
              {t('casesWeb.consent.withdraw')}
            </Button>
          </Group>
        )}
        {confirming && (
          <Stack gap="sm">
            <Text size="sm">{t('casesWeb.consent.withdrawExplain')}</Text>
            <Textarea
              label={t('casesWeb.consent.withdrawReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
            />
            <ChangeError error={withdraw.error} />
            <Group gap="sm">
              <Button
                color="red"
                h={44}
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(
                    { consentId: consent.id, ...(reason.trim() ? { reason: reason.trim() } : {}) },
                    { onSuccess: () => setConfirming(false) },
                  )
                }
              >
                {t('casesWeb.consent.withdrawConfirm')}
              </Button>
              <Button variant="default" h={44} onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function AddConsent({ detail, onDone }: { detail: CaseDetail; onDone: (recorded: boolean) => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(detail.id);
  const today = todayInVietNam();
  const isChild = child(detail);
  const [purpose, setPurpose] = useState<ConsentInput['purpose']>('sharing');
  const [types, setTypes] = useState<string[]>([]);
  const [how, setHow] = useState<ConsentHow>({
    method: null,
    witness: '',
    language: 'vie',
    on: today,
    childAssent: null,
  });
  const [problems, setProblems] = useState<Partial<Record<keyof ConsentHow | 'types', string>>>({});
  const dirty = types.length > 0 || how.method !== null || how.witness !== '';
  useLeaveGuard(dirty && !record.isSuccess);

  const submit = () => {
    const found: typeof problems = {};
    if (!how.method) found.method = t('casesWeb.register.errors.method');
    if (how.method === 'verbal_witnessed' && !how.witness.trim())
      found.witness = t('casesWeb.register.errors.witness');
    if (purpose === 'sharing' && types.length === 0) found.types = t('casesWeb.register.errors.sharing');
    if (!how.on) found.on = t('casesWeb.register.errors.consentOn');
    else if (how.on > today) found.on = t('casesWeb.register.errors.future');
    if (isChild && how.childAssent === null) found.childAssent = t('casesWeb.register.errors.assent');
    setProblems(found);
    if (Object.keys(found).length > 0 || !how.method || !how.on) return;
    record.mutate(
      {
        purpose,
        sharingAgencyIds: [],
        sharingAgencyTypes: purpose === 'sharing' ? types : [],
        method: how.method,
        ...(how.method === 'verbal_witnessed' ? { witness: how.witness.trim() } : {}),
        language: how.language,
        obtainedOn: how.on,
        givenBy: isChild ? 'guardian' : 'person',
        ...(isChild && how.childAssent !== null ? { childAssent: how.childAssent } : {}),
      },
      { onSuccess: () => onDone(true) },
    );
  };

  return (
    <PartForm title={t('casesWeb.consent.add')} gap="md" onSubmit={submit}>
      <NativeSelect
        label={t('casesWeb.consent.purpose')}
        value={purpose}
        onChange={(event) => setPurpose(event.currentTarget.value as ConsentInput['purpose'])}
        data={consentPurposes.map((known) => ({ value: known, label: t(`case.consentPurpose.${known}`) }))}
        size="md"
        classNames={{ input: shared.input }}
        maw={480}
      />
      {purpose === 'sharing' && (
        <AgencyTypesSelect
          label={t('casesWeb.consent.sharingWith')}
          description={t('casesWeb.consent.sharingWithHelp')}
          value={types}
          onChange={setTypes}
          error={problems.types}
        />
      )}
      <ConsentHowFields
        value={how}
        onChange={(change) => setHow((current) => ({ ...current, ...change }))}
        child={isChild}
        errors={problems}
      />
      <PartFormFooter
        error={record.error}
        submitLabel={t('casesWeb.consent.save')}
        pending={record.isPending}
        onCancel={() => onDone(false)}
      />
    </PartForm>
  );
}

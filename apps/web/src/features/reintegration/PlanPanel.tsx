import { type PlanItemStatus, type PlanItemView, planItemStatuses } from '@lantern/domain';
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { useVocabularyLabels } from '../cases/labels';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { ChangeError } from '../cases/PartStatus';
import { useAgencyDirectory } from '../cases/queries';
import { VocabularySelect } from '../cases/VocabularyField';
import { formatDayMonthYear } from '../reference/dates';
import { AgencySelect } from '../referrals/RecipientPicker';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { useAddPlanItem, useUpdatePlanItem } from './queries';

const statusTone: Record<PlanItemStatus, Tone> = {
  planned: 'neutral',
  in_progress: 'info',
  done: 'positive',
  dropped: 'warning',
};

/** The reintegration plan: economic, social and psychosocial support, each with its agency and target day. */
export function PlanPanel({
  caseId,
  items,
  canChange,
}: {
  caseId: string;
  items: PlanItemView[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="reintegration-plan">
      <Title order={3} size="h5" id="reintegration-plan">
        {t('reintegrationPlan.title')}
      </Title>
      {items.length === 0 && <Text c="dimmed">{t('reintegrationPlan.none')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <PlanItem key={item.id} caseId={caseId} item={item} canChange={canChange} />
        ))}
      </Stack>
      {canChange && <NewPlanItem caseId={caseId} />}
    </Stack>
  );
}

function PlanItem({ caseId, item, canChange }: { caseId: string; item: PlanItemView; canChange: boolean }) {
  const { t } = useTranslation();
  const typeLabel = useVocabularyLabels('vn-reintegration-support');
  const [editing, setEditing] = useState(false);
  return (
    <Paper component="li" withBorder p="sm" data-testid="reintegration-plan-item" data-status={item.status}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Text fw={600}>{typeLabel(item.supportType)}</Text>
            <Text size="sm" c="dimmed">
              {t(`reintegrationPlan.domain.${item.domain}`)} · {item.agency.name} ·{' '}
              <bdi>{t('reintegrationPlan.target', { day: formatDayMonthYear(item.targetOn) })}</bdi>
            </Text>
          </Stack>
          <ToneBadge tone={statusTone[item.status]} size="md">
            {t(`reintegrationPlan.status.${item.status}`)}
          </ToneBadge>
        </Group>
        {item.outcomeNote !== null ? (
          <Text size="sm" dir="auto">
            {item.outcomeNote}
          </Text>
        ) : (
          item.hasOutcomeNote && (
            <Text size="sm" c="dimmed">
              {t('reintegrationPlan.noteHidden')}
            </Text>
          )
        )}
        {canChange && !editing && (
          <Button variant="default" h={44} w="fit-content" onClick={() => setEditing(true)}>
            {t('reintegrationPlan.edit')}
          </Button>
        )}
        {editing && <EditPlanItem caseId={caseId} item={item} onClose={() => setEditing(false)} />}
      </Stack>
    </Paper>
  );
}

/** Status and outcome note (a done or dropped item keeps its status; its note can still be written). */
function EditPlanItem({
  caseId,
  item,
  onClose,
}: {
  caseId: string;
  item: PlanItemView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlanItem(caseId);
  const [status, setStatus] = useState<PlanItemStatus>(item.status);
  const [targetOn, setTargetOn] = useState<string | null>(item.targetOn);
  const [note, setNote] = useState(item.outcomeNote ?? '');
  const fields = useFieldErrors(update.error);
  const settled = item.status === 'done' || item.status === 'dropped';
  const save = () =>
    update.mutate(
      {
        itemId: item.id,
        input: {
          ...(status !== item.status ? { status } : {}),
          ...(targetOn && targetOn !== item.targetOn ? { targetOn } : {}),
          ...(note.trim() !== (item.outcomeNote ?? '') ? { outcomeNote: note.trim() || null } : {}),
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-start">
        <NativeSelect
          label={t('reintegrationPlan.statusLabel')}
          value={status}
          disabled={settled}
          onChange={(event) => setStatus(event.currentTarget.value as PlanItemStatus)}
          data={planItemStatuses.map((value) => ({ value, label: t(`reintegrationPlan.status.${value}`) }))}
          error={fields.errorOf('status')}
          size="md"
          data-testid="plan-item-status"
        />
        {!settled && (
          <DayInput
            label={t('reintegrationPlan.targetOn')}
            value={targetOn}
            onChange={setTargetOn}
            error={fields.errorOf('targetOn')}
          />
        )}
      </Group>
      <Textarea
        label={t('reintegrationPlan.outcomeNote')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fields.errorOf('outcomeNote')}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
        classNames={{ input: shared.input }}
        data-testid="plan-item-note"
      />
      <ChangeError error={update.error} />
      <Group gap="sm">
        <Button h={44} loading={update.isPending} onClick={save}>
          {t('reintegrationPlan.save')}
        </Button>
        <Button variant="default" h={44} onClick={onClose}>
          {t('reintegrationPlan.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function NewPlanItem({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const directory = useAgencyDirectory();
  const add = useAddPlanItem(caseId);
  const [supportType, setSupportType] = useState<string | null>(null);
  // The case's own agency first; the directory offers the others (vocational centre, Social Policy Bank…).
  const [agencyId, setAgencyId] = useState<string | null>(session.user.agency.id);
  const [targetOn, setTargetOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const fields = useFieldErrors(add.error);
  useLeaveGuard(note.trim() !== '');

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      supportType: supportType ? undefined : required,
      agencyId: agencyId ? undefined : required,
      targetOn: targetOn ? undefined : required,
    });
    if (!ok || !supportType || !agencyId || !targetOn) return;
    add.mutate(
      { supportType, agencyId, targetOn, ...(note.trim() ? { outcomeNote: note.trim() } : {}) },
      {
        onSuccess: () => {
          setSupportType(null);
          setTargetOn(null);
          setNote('');
        },
      },
    );
  };

  return (
    <PartForm title={t('reintegrationPlan.new')} onSubmit={submit}>
      <VocabularySelect
        vocabulary="vn-reintegration-support"
        label={t('reintegrationPlan.type')}
        value={supportType}
        onChange={setSupportType}
        error={fields.errorOf('supportType')}
        required
        testId="plan-item-type"
      />
      <AgencySelect
        agencies={directory.data ?? []}
        keep={session.user.agency}
        label={t('reintegrationPlan.agency')}
        value={agencyId}
        onChange={setAgencyId}
        placeholder={t('reintegrationPlan.agencyPlaceholder')}
        nothingFound={t('reintegrationPlan.agencyNone')}
        error={fields.errorOf('agencyId')}
        testId="plan-item-agency"
      />
      <DayInput
        label={t('reintegrationPlan.targetOn')}
        value={targetOn}
        onChange={setTargetOn}
        error={fields.errorOf('targetOn')}
        required
        testId="plan-item-target"
      />
      <Textarea
        label={t('reintegrationPlan.outcomeNote')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fields.errorOf('outcomeNote')}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
        classNames={{ input: shared.input }}
      />
      <PartFormFooter
        error={add.error}
        done={add.isSuccess && t('reintegrationPlan.added')}
        submitLabel={t('reintegrationPlan.add')}
        pending={add.isPending}
      />
    </PartForm>
  );
}

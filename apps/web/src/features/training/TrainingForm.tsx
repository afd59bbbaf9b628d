import { type TrainingEvent, type TrainingParticipantInput, todayInVietNam } from '@lantern/domain';
import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { useAgencyDirectory } from '../cases/queries';
import { VocabularyMultiSelect, VocabularySelect } from '../cases/VocabularyField';
import { AgencySelect } from '../referrals/RecipientPicker';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useRecordTraining, useUpdateTraining } from './queries';

interface Line {
  /** The line's own key on the screen (lines are added and removed in any order). */
  key: number;
  agencyId: string | null;
  role: string | null;
  sex: '' | 'Feminine' | 'Masculine';
  count: number;
  /** A participant named by their Lantern account (kept as recorded when a training is corrected). */
  user?: { id: string; displayName: string };
}

const linesOf = (event: TrainingEvent): Line[] =>
  event.participants.map((line, key) => ({
    key,
    agencyId: line.agency.id,
    role: line.role,
    sex: line.sex === 'Feminine' || line.sex === 'Masculine' ? line.sex : '',
    count: line.count,
    ...(line.user ? { user: line.user } : {}),
  }));

/**
 * A training the agency organised: day, title, tools covered, and one line per agency, role and sex. Given an
 * `event`, the form corrects it: everything is sent back and the participant list replaces the stored one.
 */
export function TrainingForm({ event, onDone }: { event?: TrainingEvent; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const create = useRecordTraining();
  const update = useUpdateTraining(event?.id ?? '');
  const record = event ? update : create;
  const fields = useFieldErrors(record.error);
  const directory = useAgencyDirectory();
  const [heldOn, setHeldOn] = useState<string | null>(event?.heldOn ?? todayInVietNam());
  const [title, setTitle] = useState(event?.title ?? '');
  const [tools, setTools] = useState<string[]>(event?.tools ?? []);
  const [nextKey, setNextKey] = useState(event ? event.participants.length : 1);
  const newLine = (key: number): Line => ({
    key,
    agencyId: session.user.agency.id,
    role: null,
    sex: '',
    count: 1,
  });
  const [lines, setLines] = useState<Line[]>(() => (event ? linesOf(event) : [newLine(0)]));
  const change = (index: number, patch: Partial<Line>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      heldOn: heldOn ? undefined : required,
      title: title.trim() ? undefined : required,
      tools: tools.length > 0 ? undefined : required,
      ...Object.fromEntries(
        lines.flatMap((line, index) => [
          [`participants.${index}.agencyId`, line.agencyId ? undefined : required],
          [`participants.${index}.role`, line.role ? undefined : required],
        ]),
      ),
    });
    if (!ok || !heldOn) return;
    const participants: TrainingParticipantInput[] = lines.map((line) => ({
      agencyId: line.agencyId as string,
      role: line.role as string,
      count: line.count,
      ...(line.sex ? { sex: line.sex } : {}),
      ...(line.user ? { userId: line.user.id } : {}),
    }));
    record.mutate({ heldOn, title: title.trim(), tools, participants }, { onSuccess: onDone });
  };

  return (
    <PartForm title={event ? t('training.edit') : t('training.new')} onSubmit={submit}>
      <DayInput
        label={t('training.form.heldOn')}
        value={heldOn}
        onChange={setHeldOn}
        error={fields.errorOf('heldOn')}
        required
        testId="training-held-on"
      />
      <TextInput
        label={t('training.form.title')}
        required
        {...fields.textField('title', title, setTitle)}
        data-testid="training-title"
      />
      <VocabularyMultiSelect
        vocabulary="vn-training-tool"
        label={t('training.form.tools')}
        value={tools}
        onChange={setTools}
        error={fields.errorOf('tools') ?? fields.errorOf('tools.0')}
        required
        testId="training-tools"
      />
      <Text fw={600}>{t('training.form.participants')}</Text>
      <Text size="sm" c="dimmed">
        {t('training.form.participantsHelp')}
      </Text>
      {lines.map((line, index) => (
        <Paper key={line.key} withBorder p="sm" data-testid="training-line">
          <Stack gap="xs">
            {line.user && (
              <Text fw={600} dir="auto">
                {line.user.displayName}
              </Text>
            )}
            <AgencySelect
              agencies={directory.data ?? []}
              keep={session.user.agency}
              label={t('training.form.agency')}
              value={line.agencyId}
              onChange={(agencyId) => change(index, { agencyId })}
              placeholder={t('training.form.agencyPlaceholder')}
              nothingFound={t('training.form.agencyNone')}
              error={fields.errorOf(`participants.${index}.agencyId`)}
              testId={`training-line-agency-${index}`}
            />
            <VocabularySelect
              vocabulary="vn-training-role"
              label={t('training.form.role')}
              value={line.role}
              onChange={(role) => change(index, { role })}
              error={fields.errorOf(`participants.${index}.role`)}
              required
              testId={`training-line-role-${index}`}
            />
            <Group grow align="flex-end">
              <NativeSelect
                label={t('training.form.sex')}
                value={line.sex}
                onChange={(choice) => change(index, { sex: choice.currentTarget.value as Line['sex'] })}
                data={[
                  { value: '', label: t('training.form.sexAll') },
                  { value: 'Feminine', label: t('training.sex.Feminine') },
                  { value: 'Masculine', label: t('training.sex.Masculine') },
                ]}
              />
              <NumberInput
                label={t('training.form.count')}
                min={1}
                max={500}
                value={line.count}
                disabled={Boolean(line.user)}
                onChange={(value) => change(index, { count: typeof value === 'number' ? value : 1 })}
                error={fields.errorOf(`participants.${index}.count`)}
                data-testid={`training-line-count-${index}`}
              />
              {lines.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  size={44}
                  aria-label={t('training.form.removeLine')}
                  onClick={() => setLines(lines.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        h={44}
        onClick={() => {
          setLines([...lines, newLine(nextKey)]);
          setNextKey(nextKey + 1);
        }}
      >
        {t('training.form.addLine')}
      </Button>
      <PartFormFooter
        error={record.error}
        submitLabel={event ? t('training.form.saveChanges') : t('training.form.save')}
        pending={record.isPending}
        onCancel={onDone}
      />
    </PartForm>
  );
}

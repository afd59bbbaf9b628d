import type { CaseDetail } from '@lantern/domain';
import { Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import classes from './cases.module.css';
import { mayChange } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { PartList } from './PartStatus';
import { useAddNote, useNotes } from './queries';

export function NotesTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const notes = useNotes(detail.id, hasPermission(session, 'case.read_identity'));
  const canAdd = mayChange(detail.access, session.user.permissions, 'case.update', 'support.manage');

  return (
    <Stack gap="md">
      {canAdd && <AddNote caseId={detail.id} />}
      <Title order={2} size="h4">
        {t('casesWeb.notes.title')}
      </Title>
      <PartList query={notes} empty={t('casesWeb.notes.none')}>
        {(note) => (
          <Paper component="li" key={note.id} withBorder p="md" data-testid="note-item">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" c="dimmed">
                  {t('casesWeb.notes.by', { name: note.author.displayName })}
                  {' · '}
                  <span className={classes.ltr}>{formatDateTime(note.createdAt, locale)}</span>
                </Text>
                {note.sensitivity === 'restricted' && (
                  <ToneBadge tone="warning" size="md">
                    {t('casesWeb.notes.restricted')}
                  </ToneBadge>
                )}
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                {note.body}
              </Text>
            </Stack>
          </Paper>
        )}
      </PartList>
    </Stack>
  );
}

function AddNote({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddNote(caseId);
  const [body, setBody] = useState('');
  const [sensitivity, setSensitivity] = useState<'normal' | 'restricted'>('normal');
  const [empty, setEmpty] = useState(false);
  const [added, setAdded] = useState(false);
  useLeaveGuard(body.trim() !== '');

  const submit = () => {
    const missing = body.trim() === '';
    setEmpty(missing);
    setAdded(false);
    if (!missing)
      add.mutate(
        { body: body.trim(), sensitivity },
        {
          onSuccess: () => {
            setBody('');
            setSensitivity('normal');
            setAdded(true);
          },
        },
      );
  };

  return (
    <PartForm title={t('casesWeb.notes.add')} onSubmit={submit}>
      <Textarea
        label={t('casesWeb.notes.body')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={empty ? t('errors.field.required') : undefined}
        autosize
        minRows={3}
        maxLength={20_000}
        dir="auto"
      />
      <Radio.Group
        label={t('casesWeb.notes.sensitivity')}
        value={sensitivity}
        onChange={(value) => setSensitivity(value === 'restricted' ? 'restricted' : 'normal')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="normal" label={t('casesWeb.notes.normalHelp')} size="md" />
          <Radio value="restricted" label={t('casesWeb.notes.restrictedHelp')} size="md" />
        </Stack>
      </Radio.Group>
      <PartFormFooter
        error={add.error}
        done={added && t('casesWeb.notes.added')}
        submitLabel={t('casesWeb.notes.save')}
        pending={add.isPending}
      />
    </PartForm>
  );
}

import type { PersonIdentity, PersonRecord } from '@lantern/domain';
import { Alert, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { DayInput } from './DayInput';
import { IdentityFieldset } from './IdentityFieldset';
import { useCorrectPerson, usePersonRecord } from './person-correction-queries';

interface Draft {
  fullName: string;
  otherNames: string;
  dateOfBirth: string | null;
  phones: string;
  reason: string;
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

function draftOf(identity: PersonIdentity): Draft {
  return {
    fullName: identity.fullName,
    otherNames: identity.otherNames.join('; '),
    dateOfBirth: identity.dateOfBirth ?? null,
    phones: identity.phones.join(', '),
    reason: '',
  };
}

/** The identity as corrected: the fields this form edits replaced, the rest (documents, addresses) kept. */
function identityFrom(record: PersonRecord, draft: Draft): PersonIdentity {
  const { dateOfBirth: _dropped, ...rest } = record.identity;
  return {
    ...rest,
    fullName: draft.fullName.trim(),
    otherNames: list(draft.otherNames, /;/),
    ...(draft.dateOfBirth ? { dateOfBirth: draft.dateOfBirth } : {}),
    phones: list(draft.phones, /,/),
  };
}

function CorrectionForm({
  caseId,
  record,
  onDone,
  onCancel,
}: {
  caseId: string;
  record: PersonRecord;
  onDone: (fields: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(record.identity));
  const correct = useCorrectPerson(caseId);
  const { errorOf, accept, textField } = useFieldErrors(correct.error);
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const stale = correct.error instanceof ApiError && correct.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = accept({
      'identity.fullName': draft.fullName.trim() ? undefined : t('identityEdit.fullNameRequired'),
      reason: draft.reason.trim().length >= 3 ? undefined : t('identityEdit.reasonRequired'),
    });
    if (!ok) return;
    correct.mutate(
      { version: record.version, reason: draft.reason.trim(), identity: identityFrom(record, draft) },
      { onSuccess: (result) => onDone(result.changed.identity) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <IdentityFieldset>
          <Stack gap="md">
            <Text size="sm">{t('identityEdit.help')}</Text>
            <TextInput
              label={t('casesWeb.register.fullName')}
              required
              autoComplete="off"
              dir="auto"
              classNames={{ input: shared.input }}
              data-testid="correct-full-name"
              {...textField('identity.fullName', draft.fullName, (fullName) => set({ fullName }))}
            />
            <TextInput
              label={t('casesWeb.register.otherNames')}
              description={t('identityEdit.otherNamesHelp')}
              autoComplete="off"
              dir="auto"
              classNames={{ input: shared.input }}
              {...textField('identity.otherNames', draft.otherNames, (otherNames) => set({ otherNames }))}
            />
            <DayInput
              label={t('identityEdit.dateOfBirth')}
              value={draft.dateOfBirth}
              onChange={(dateOfBirth) => set({ dateOfBirth })}
              error={errorOf('identity.dateOfBirth')}
            />
            <TextInput
              label={t('casesWeb.register.phone')}
              description={t('identityEdit.phonesHelp')}
              autoComplete="off"
              dir="ltr"
              inputMode="tel"
              classNames={{ input: shared.input }}
              {...textField('identity.phones', draft.phones, (phones) => set({ phones }))}
            />
          </Stack>
        </IdentityFieldset>
        <Textarea
          label={t('identityEdit.reason')}
          description={t('identityEdit.reasonHelp')}
          required
          autosize
          minRows={2}
          dir="auto"
          data-testid="correct-reason"
          {...textField('reason', draft.reason, (reason) => set({ reason }))}
        />
        <Text size="sm" c="dimmed">
          {t('identityEdit.confirm')}
        </Text>
        {stale ? (
          <Alert color="red" role="alert">
            {t('identityEdit.stale')}
          </Alert>
        ) : (
          <ServerErrorAlert error={correct.error} />
        )}
        <FormActions submitLabel={t('identityEdit.save')} pending={correct.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Correcting the identity after registration: prefilled with the identity as it stands (read fresh, with the
 * version the correction is based on), with the reason required. Other fields of the identity are kept.
 */
export function CorrectIdentityDialog({
  caseId,
  opened,
  onClose,
  onDone,
}: {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  onDone: (fields: string[]) => void;
}) {
  const { t } = useTranslation();
  const record = usePersonRecord(caseId, opened);
  return (
    <FormModal opened={opened} onClose={onClose} title={t('identityEdit.title')} size="lg" fullScreen={false}>
      {record.data ? (
        <CorrectionForm
          key={record.data.version}
          caseId={caseId}
          record={record.data}
          onCancel={onClose}
          onDone={(fields) => {
            onDone(fields);
            onClose();
          }}
        />
      ) : record.error ? (
        <ServerErrorAlert error={record.error} />
      ) : (
        <LoadingSkeleton blocks={[{ height: 44 }, { height: 44 }, { height: 88 }]} />
      )}
    </FormModal>
  );
}

import type { PersonIdentity, PersonProfile, PersonRecord } from '@lantern/domain';
import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useCorrectPerson, usePersonRecord } from './person-correction-queries';

/** What a dialog correcting the person is opened with, as its caller (the person tab) gives it. */
export interface PersonCorrectionDialogProps {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  /** The names of the fields that changed, once saved. */
  onDone: (fields: string[]) => void;
}

/** One correction, on the person as it was read fresh: the form corrects this version of it. */
export interface CorrectionSession {
  caseId: string;
  record: PersonRecord;
  onDone: (fields: string[]) => void;
  onCancel: () => void;
}

/**
 * The dialog around a correction of the person: the person is read fresh when it opens (with the version the
 * correction is based on) and the form, given by `children`, starts again from each version read.
 */
export function PersonCorrectionDialog({
  caseId,
  opened,
  onClose,
  onDone,
  title,
  children,
}: PersonCorrectionDialogProps & { title: string; children: (session: CorrectionSession) => ReactNode }) {
  const record = usePersonRecord(caseId, opened);
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size="lg">
      {record.data ? (
        <Fragment key={record.data.version}>
          {children({
            caseId,
            record: record.data,
            onCancel: onClose,
            onDone: (fields) => {
              onDone(fields);
              onClose();
            },
          })}
        </Fragment>
      ) : record.error ? (
        <ServerErrorAlert error={record.error} />
      ) : (
        <LoadingSkeleton blocks={[{ height: 44 }, { height: 44 }, { height: 88 }]} />
      )}
    </FormModal>
  );
}

type FieldErrors = ReturnType<typeof useFieldErrors>;

/** The part of the person a form corrects, as it will be sent (the whole part, the other left as it is). */
type Correction = { identity: PersonIdentity } | { profile: PersonProfile };

/**
 * A correction's form: the part's own fields (`children`, given the field errors), then the reason, which is
 * required, an optional note, the server's refusal (a stale version told in words) and the actions.
 */
export function PersonCorrectionForm({
  session: { caseId, record, onDone, onCancel },
  part,
  checks,
  correction,
  reasonHelp,
  reasonTestId,
  note,
  submitLabel,
  children,
}: {
  session: CorrectionSession;
  /** The part whose changed fields are reported when saved. */
  part: 'identity' | 'profile';
  /** The form's own checks, by field as the server names it (the reason is checked here). */
  checks: () => Record<string, string | undefined>;
  correction: () => Correction;
  reasonHelp: string;
  reasonTestId?: string;
  note?: string;
  submitLabel: string;
  children: (fields: Pick<FieldErrors, 'errorOf' | 'textField'>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const correct = useCorrectPerson(caseId);
  const { errorOf, accept, textField } = useFieldErrors(correct.error);
  const stale = correct.error instanceof ApiError && correct.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = accept({
      ...checks(),
      reason: reason.trim().length >= 3 ? undefined : t('identityEdit.reasonRequired'),
    });
    if (!ok) return;
    correct.mutate(
      { version: record.version, reason: reason.trim(), ...correction() },
      { onSuccess: (result) => onDone(result.changed[part]) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {children({ errorOf, textField })}
        <Textarea
          label={t('identityEdit.reason')}
          description={reasonHelp}
          required
          autosize
          minRows={2}
          dir="auto"
          data-testid={reasonTestId}
          {...textField('reason', reason, setReason)}
        />
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        {stale ? (
          <Alert color="red" role="alert">
            {t('identityEdit.stale')}
          </Alert>
        ) : (
          <ServerErrorAlert error={correct.error} />
        )}
        <FormActions submitLabel={submitLabel} pending={correct.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

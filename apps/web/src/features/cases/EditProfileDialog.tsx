import type { PersonProfile, PersonRecord } from '@lantern/domain';
import { Alert, Fieldset, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useCorrectPerson, usePersonRecord } from './person-correction-queries';
import { CountrySelect, LanguagesMultiSelect } from './ReferenceFields';
import { VocabularySelect } from './VocabularyField';

type Choice = 'sex' | 'ethnicity' | 'nationality' | 'educationLevel' | 'maritalStatus';

/** The profile as sent: blank choices left out (a correction may clear them), the home place kept as it was. */
function profileFrom(draft: PersonProfile, children: string): PersonProfile {
  const { childrenCount: _dropped, ...rest } = draft;
  return { ...rest, ...(children.trim() ? { childrenCount: Number(children.trim()) } : {}) };
}

function ProfileForm({
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
  const [draft, setDraft] = useState<PersonProfile>(record.profile);
  const [children, setChildren] = useState(
    record.profile.childrenCount === undefined ? '' : String(record.profile.childrenCount),
  );
  const [reason, setReason] = useState('');
  const correct = useCorrectPerson(caseId);
  const { accept, textField } = useFieldErrors(correct.error);
  const choose = (field: Choice) => (value: string | null) =>
    setDraft((current) => {
      const { [field]: _old, ...rest } = current;
      return value ? { ...rest, [field]: value } : (rest as PersonProfile);
    });
  const stale = correct.error instanceof ApiError && correct.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = accept({
      reason: reason.trim().length >= 3 ? undefined : t('identityEdit.reasonRequired'),
      'profile.childrenCount':
        children.trim() === '' || /^\d{1,2}$/.test(children.trim())
          ? undefined
          : t('errors.field.invalid_value'),
    });
    if (!ok) return;
    correct.mutate(
      { version: record.version, reason: reason.trim(), profile: profileFrom(draft, children) },
      { onSuccess: (result) => onDone(result.changed.profile) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('casesWeb.register.profile')} radius="md">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('casesWeb.register.profileHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <VocabularySelect
                vocabulary="gender"
                label={t('casesWeb.register.sex')}
                value={draft.sex ?? null}
                onChange={choose('sex')}
              />
              <CountrySelect
                label={t('casesWeb.register.nationality')}
                value={draft.nationality ?? null}
                onChange={choose('nationality')}
              />
              <LanguagesMultiSelect
                label={t('casesWeb.register.languages')}
                value={draft.languages}
                onChange={(languages) => setDraft((current) => ({ ...current, languages }))}
              />
              <VocabularySelect
                vocabulary="education-level"
                label={t('casesWeb.register.education')}
                value={draft.educationLevel ?? null}
                onChange={choose('educationLevel')}
              />
              <VocabularySelect
                vocabulary="marital-status"
                label={t('casesWeb.register.maritalStatus')}
                value={draft.maritalStatus ?? null}
                onChange={choose('maritalStatus')}
              />
              <VocabularySelect
                vocabulary="ethnicity"
                label={t('casesWeb.register.ethnicity')}
                value={draft.ethnicity ?? null}
                onChange={choose('ethnicity')}
              />
              <TextInput
                label={t('casesWeb.register.childrenCount')}
                inputMode="numeric"
                maxLength={2}
                dir="ltr"
                classNames={{ input: shared.input }}
                {...textField('profile.childrenCount', children, setChildren)}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Textarea
          label={t('identityEdit.reason')}
          description={t('identityEdit.profileReasonHelp')}
          required
          autosize
          minRows={2}
          dir="auto"
          {...textField('reason', reason, setReason)}
        />
        {stale ? (
          <Alert color="red" role="alert">
            {t('identityEdit.stale')}
          </Alert>
        ) : (
          <ServerErrorAlert error={correct.error} />
        )}
        <FormActions
          submitLabel={t('identityEdit.saveProfile')}
          pending={correct.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

/** Updating the non-identifying profile after registration, with a reason; the identity is left as it is. */
export function EditProfileDialog({
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
    <FormModal opened={opened} onClose={onClose} title={t('identityEdit.profileTitle')} size="lg">
      {record.data ? (
        <ProfileForm
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

import type { PersonProfile } from '@lantern/domain';
import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import {
  type CorrectionSession,
  PersonCorrectionDialog,
  type PersonCorrectionDialogProps,
  PersonCorrectionForm,
} from './PersonCorrectionDialog';
import { CountrySelect, LanguagesMultiSelect } from './ReferenceFields';
import { VocabularySelect } from './VocabularyField';

type Choice = 'sex' | 'ethnicity' | 'nationality' | 'educationLevel' | 'maritalStatus';

/** The profile as sent: blank choices left out (a correction may clear them), the home place kept as it was. */
function profileFrom(draft: PersonProfile, children: string): PersonProfile {
  const { childrenCount: _dropped, ...rest } = draft;
  return { ...rest, ...(children.trim() ? { childrenCount: Number(children.trim()) } : {}) };
}

function ProfileForm({ session }: { session: CorrectionSession }) {
  const { t } = useTranslation();
  const { profile } = session.record;
  const [draft, setDraft] = useState<PersonProfile>(profile);
  const [children, setChildren] = useState(
    profile.childrenCount === undefined ? '' : String(profile.childrenCount),
  );
  const choose = (field: Choice) => (value: string | null) =>
    setDraft((current) => {
      const { [field]: _old, ...rest } = current;
      return value ? { ...rest, [field]: value } : (rest as PersonProfile);
    });
  return (
    <PersonCorrectionForm
      session={session}
      part="profile"
      checks={() => ({
        'profile.childrenCount':
          children.trim() === '' || /^\d{1,2}$/.test(children.trim())
            ? undefined
            : t('errors.field.invalid_value'),
      })}
      correction={() => ({ profile: profileFrom(draft, children) })}
      reasonHelp={t('identityEdit.profileReasonHelp')}
      submitLabel={t('identityEdit.saveProfile')}
    >
      {({ textField }) => (
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
      )}
    </PersonCorrectionForm>
  );
}

/** Updating the non-identifying profile after registration, with a reason; the identity is left as it is. */
export function EditProfileDialog(props: PersonCorrectionDialogProps) {
  const { t } = useTranslation();
  return (
    <PersonCorrectionDialog {...props} title={t('identityEdit.profileTitle')}>
      {(session) => <ProfileForm session={session} />}
    </PersonCorrectionDialog>
  );
}

import type { PersonIdentity, PersonRecord } from '@lantern/domain';
import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import { DayInput } from './DayInput';
import { IdentityFieldset } from './IdentityFieldset';
import {
  type CorrectionSession,
  PersonCorrectionDialog,
  type PersonCorrectionDialogProps,
  PersonCorrectionForm,
} from './PersonCorrectionDialog';

interface Draft {
  fullName: string;
  otherNames: string;
  dateOfBirth: string | null;
  phones: string;
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

function IdentityForm({ session }: { session: CorrectionSession }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(session.record.identity));
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <PersonCorrectionForm
      session={session}
      part="identity"
      checks={() => ({
        'identity.fullName': draft.fullName.trim() ? undefined : t('identityEdit.fullNameRequired'),
      })}
      correction={() => ({ identity: identityFrom(session.record, draft) })}
      reasonHelp={t('identityEdit.reasonHelp')}
      reasonTestId="correct-reason"
      note={t('identityEdit.confirm')}
      submitLabel={t('identityEdit.save')}
    >
      {({ errorOf, textField }) => (
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
      )}
    </PersonCorrectionForm>
  );
}

/**
 * Correcting the identity after registration: prefilled with the identity as it stands (read fresh, with the
 * version the correction is based on), with the reason required. Other fields of the identity are kept.
 */
export function CorrectIdentityDialog(props: PersonCorrectionDialogProps) {
  const { t } = useTranslation();
  return (
    <PersonCorrectionDialog {...props} title={t('identityEdit.title')}>
      {(session) => <IdentityForm session={session} />}
    </PersonCorrectionDialog>
  );
}

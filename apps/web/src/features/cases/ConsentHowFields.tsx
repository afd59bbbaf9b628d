import type { ConsentInput } from '@lantern/domain';
import { Alert, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import { DayInput } from './DayInput';
import { LanguageSelect } from './ReferenceFields';

export interface ConsentHow {
  method: ConsentInput['method'] | null;
  witness: string;
  language: string;
  on: string | null;
  childAssent: boolean | null;
}

interface ConsentHowFieldsProps {
  value: ConsentHow;
  onChange: (change: Partial<ConsentHow>) => void;
  child: boolean;
  errors: Partial<Record<keyof ConsentHow, string | undefined>>;
}

/**
 * How consent was obtained: a signed form, or spoken before a witness; in which language and on which day.
 * For a child the parent or guardian consents, and the child is asked too.
 */
export function ConsentHowFields({ value, onChange, child, errors }: ConsentHowFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {child && (
        <Alert
          color="yellow"
          variant="light"
          title={t('casesWeb.consent.childTitle')}
          data-testid="consent-child"
        >
          {t('casesWeb.consent.childText')}
        </Alert>
      )}
      <RequiredChoice
        label={t('casesWeb.consent.method')}
        value={value.method ?? ''}
        onChange={(method) => onChange({ method: method as ConsentInput['method'] })}
        error={errors.method}
        options={[
          { value: 'signed_form', label: t('casesWeb.consent.signedForm') },
          { value: 'verbal_witnessed', label: t('casesWeb.consent.verbal') },
        ]}
      />
      {value.method === 'verbal_witnessed' && (
        <TextInput
          label={t('casesWeb.consent.witness')}
          description={t('casesWeb.consent.witnessHelp')}
          value={value.witness}
          onChange={(event) => onChange({ witness: event.currentTarget.value })}
          error={errors.witness}
          required
          autoComplete="off"
          dir="auto"
          classNames={{ input: shared.input }}
        />
      )}
      <Group gap="md" align="flex-start" grow preventGrowOverflow={false}>
        <LanguageSelect
          label={t('casesWeb.consent.language')}
          description={t('casesWeb.consent.languageHelp')}
          value={value.language}
          onChange={(language) => onChange({ language: language ?? 'vie' })}
          error={errors.language}
        />
        <DayInput
          label={t('casesWeb.consent.on')}
          value={value.on}
          onChange={(on) => onChange({ on })}
          error={errors.on}
          required
        />
      </Group>
      {child && (
        <RequiredChoice
          label={t('casesWeb.consent.assent')}
          description={t('casesWeb.consent.assentHelp')}
          value={value.childAssent === null ? '' : value.childAssent ? 'yes' : 'no'}
          onChange={(answer) => onChange({ childAssent: answer === 'yes' })}
          error={errors.childAssent}
          options={[
            { value: 'yes', label: t('casesWeb.consent.assentYes') },
            { value: 'no', label: t('casesWeb.consent.assentNo') },
          ]}
        />
      )}
    </Stack>
  );
}

/** A required question answered by one of a few options, side by side (they are short). */
function RequiredChoice({
  options,
  ...props
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Radio.Group {...props} required>
      <Group gap="md" mt={6}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} size="md" />
        ))}
      </Group>
    </Radio.Group>
  );
}

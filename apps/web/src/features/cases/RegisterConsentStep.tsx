import { consentPurposes } from '@lantern/domain';
import { Checkbox, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsentHowFields } from './ConsentHowFields';
import { type CaseForm, type FormErrors, isChild } from './model';
import { AgencyTypesSelect } from './ReferenceFields';

interface ConsentStepProps {
  form: CaseForm;
  update: (change: Partial<CaseForm>) => void;
  errors: FormErrors;
  today: string;
}

/** Step 4: what the person agrees to, each purpose on its own; services is needed to register at all. */
export function ConsentStep({ form, update, errors, today }: ConsentStepProps) {
  const { t } = useTranslation();
  const error = (field: keyof CaseForm) => (errors[field] ? t(errors[field]) : undefined);
  const child = isChild(form, today);

  return (
    <Stack gap="md">
      <Text>{t('casesWeb.consent.intro')}</Text>
      <Checkbox.Group
        label={t('casesWeb.consent.purposes')}
        description={t('casesWeb.consent.purposesHelp')}
        value={form.consentPurposes}
        onChange={(chosen) =>
          update({ consentPurposes: consentPurposes.filter((purpose) => chosen.includes(purpose)) })
        }
        error={error('consentPurposes')}
      >
        <Stack gap="sm" mt="xs">
          {consentPurposes.map((purpose) => (
            <Paper key={purpose} withBorder p="sm">
              <Stack gap="sm">
                <Checkbox
                  value={purpose}
                  size="md"
                  label={t(`case.consentPurpose.${purpose}`)}
                  description={t(`casesWeb.consent.purposeHelp.${purpose}`)}
                  data-testid={`consent-${purpose}`}
                />
                {purpose === 'sharing' && form.consentPurposes.includes('sharing') && (
                  <AgencyTypesSelect
                    label={t('casesWeb.consent.sharingWith')}
                    description={t('casesWeb.consent.sharingWithHelp')}
                    value={form.sharingAgencyTypes}
                    onChange={(sharingAgencyTypes) => update({ sharingAgencyTypes })}
                    error={error('sharingAgencyTypes')}
                  />
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Checkbox.Group>
      <ConsentHowFields
        value={{
          method: form.consentMethod,
          witness: form.witness,
          language: form.consentLanguage,
          on: form.consentOn,
          childAssent: form.childAssent,
        }}
        onChange={(change) =>
          update({
            ...(change.method !== undefined ? { consentMethod: change.method } : {}),
            ...(change.witness !== undefined ? { witness: change.witness } : {}),
            ...(change.language !== undefined ? { consentLanguage: change.language } : {}),
            ...(change.on !== undefined ? { consentOn: change.on } : {}),
            ...(change.childAssent !== undefined ? { childAssent: change.childAssent } : {}),
          })
        }
        child={child}
        errors={{
          method: error('consentMethod'),
          witness: error('witness'),
          on: error('consentOn'),
          childAssent: error('childAssent'),
        }}
      />
    </Stack>
  );
}

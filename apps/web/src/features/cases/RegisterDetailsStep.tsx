import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from './DayInput';
import type { CaseForm, FormErrors } from './model';
import { CountrySelect } from './ReferenceFields';
import { VocabularyMultiSelect, VocabularySelect } from './VocabularyField';

interface DetailsStepProps {
  form: CaseForm;
  update: (change: Partial<CaseForm>) => void;
  errors: FormErrors;
  fromScreening: boolean;
}

/** Step 3: how the person came, and what happened to them, in the HTCDS lists. */
export function DetailsStep({ form, update, errors, fromScreening }: DetailsStepProps) {
  const { t } = useTranslation();
  const error = (field: keyof CaseForm) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <Stack gap="md">
      {fromScreening ? (
        <Alert color="blue" variant="light" data-testid="details-prefilled">
          {t('casesWeb.register.prefilled')}
        </Alert>
      ) : (
        <Text>{t('casesWeb.register.detailsIntro')}</Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <DayInput
          label={t('casesWeb.register.receivedOn')}
          value={form.receivedOn}
          onChange={(receivedOn) => update({ receivedOn })}
          error={error('receivedOn')}
          required
          testId="register-received"
        />
        <VocabularySelect
          vocabulary="vn-intake-route"
          label={t('casesWeb.register.intakeRoute')}
          value={form.intakeRoute}
          onChange={(intakeRoute) => update({ intakeRoute })}
          error={error('intakeRoute')}
          required
          testId="register-intake-route"
        />
        <VocabularySelect
          vocabulary="vn-subject-category"
          label={t('casesWeb.register.subjectCategory')}
          description={t('casesWeb.register.subjectCategoryHelp')}
          value={form.subjectCategory}
          onChange={(subjectCategory) => update({ subjectCategory })}
        />
        <VocabularySelect
          vocabulary="relationship-to-trafficker"
          label={t('casesWeb.register.relationship')}
          value={form.relationshipToRecruiter}
          onChange={(relationshipToRecruiter) => update({ relationshipToRecruiter })}
        />
      </SimpleGrid>
      <VocabularyMultiSelect
        vocabulary="exploitation-type"
        label={t('casesWeb.register.exploitationTypes')}
        value={form.exploitationTypes}
        onChange={(exploitationTypes) => update({ exploitationTypes })}
        testId="register-exploitation"
      />
      <VocabularyMultiSelect
        vocabulary="control-method"
        label={t('casesWeb.register.controlMethods')}
        value={form.controlMethods}
        onChange={(controlMethods) => update({ controlMethods })}
      />
      <VocabularyMultiSelect
        vocabulary="recruitment-method"
        label={t('casesWeb.register.recruitmentMethods')}
        value={form.recruitmentMethods}
        onChange={(recruitmentMethods) => update({ recruitmentMethods })}
      />
      <VocabularyMultiSelect
        vocabulary="online-platform"
        label={t('casesWeb.register.platforms')}
        value={form.recruitmentPlatforms}
        onChange={(recruitmentPlatforms) => update({ recruitmentPlatforms })}
      />
      <Text fw={600}>{t('casesWeb.register.journey')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <CountrySelect
          label={t('casesWeb.register.recruitmentCountry')}
          value={form.recruitmentCountry}
          onChange={(recruitmentCountry) => update({ recruitmentCountry })}
        />
        <CountrySelect
          label={t('casesWeb.register.exploitationCountry')}
          value={form.exploitationCountry}
          onChange={(exploitationCountry) => update({ exploitationCountry })}
        />
        <DayInput
          label={t('casesWeb.register.exploitationFrom')}
          value={form.exploitationFrom}
          onChange={(exploitationFrom) => update({ exploitationFrom })}
        />
        <DayInput
          label={t('casesWeb.register.exploitationTo')}
          value={form.exploitationTo}
          onChange={(exploitationTo) => update({ exploitationTo })}
        />
        <DayInput
          label={t('casesWeb.register.returnedOn')}
          value={form.returnedOn}
          onChange={(returnedOn) => update({ returnedOn })}
        />
      </SimpleGrid>
    </Stack>
  );
}

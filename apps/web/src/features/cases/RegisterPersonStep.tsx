import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { useUnitsUnder } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import shared from '../shared/shared.module.css';
import { Definition, Definitions } from './Definitions';
import { IdentityFieldset } from './IdentityFieldset';
import { useProvinceLabels, useVocabularyLabels } from './labels';
import { birthOf, type CaseForm, type FormErrors } from './model';
import { CountrySelect, LanguagesMultiSelect } from './ReferenceFields';
import { VocabularySelect } from './VocabularyField';

interface PersonStepProps {
  form: CaseForm;
  update: (change: Partial<CaseForm>) => void;
  errors: FormErrors;
  today: string;
  onChangeSearch: () => void;
}

/** Step 2: the identity (sealed, shown only to those allowed) and the profile used for statistics. */
export function PersonStep({ form, update, errors, today, onChangeSearch }: PersonStepProps) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const sex = useVocabularyLabels('gender');
  const communes = useUnitsUnder('2025', form.homeProvinceCode);
  const error = (field: keyof CaseForm) => (errors[field] ? t(errors[field]) : undefined);
  const birth = birthOf(form, today);

  const searched: Array<[string, string]> = [
    [t('casesWeb.register.fullName'), form.fullName],
    [
      t('casesWeb.register.birth'),
      'dateOfBirth' in birth && birth.dateOfBirth
        ? formatDayMonthYear(birth.dateOfBirth)
        : 'birthYear' in birth && birth.birthYear !== undefined
          ? String(birth.birthYear)
          : 'approximateAge' in birth && birth.approximateAge
            ? t('casesWeb.register.aboutYears', { years: birth.approximateAge.years })
            : '',
    ],
    [t('casesWeb.register.sex'), sex(form.sex)],
    [t('casesWeb.register.homeProvince'), province(form.homeProvinceCode)],
    [t('casesWeb.register.phone'), form.phone],
    [
      t('casesWeb.register.documentNumber'),
      form.documentNumber ? `${t(`casesWeb.documentType.${form.documentType}`)} ${form.documentNumber}` : '',
    ],
  ];

  return (
    <Stack gap="lg">
      <IdentityFieldset>
        <Stack gap="md">
          <Text size="sm">{t('casesWeb.register.identityHelp')}</Text>
          <Definitions>
            {searched.map(([label, value]) => (
              <Definition key={label} label={label}>
                <span dir="auto">{value || t('casesWeb.notRecorded')}</span>
              </Definition>
            ))}
          </Definitions>
          <Group>
            <Button variant="default" h={44} onClick={onChangeSearch}>
              {t('casesWeb.register.changeSearch')}
            </Button>
          </Group>
          <TextInput
            label={t('casesWeb.register.otherNames')}
            description={t('casesWeb.register.otherNamesHelp')}
            value={form.otherNames}
            onChange={(event) => update({ otherNames: event.currentTarget.value })}
            autoComplete="off"
            dir="auto"
            classNames={{ input: shared.input }}
          />
          <TextInput
            label={t('casesWeb.register.address')}
            description={t('casesWeb.register.addressHelp')}
            value={form.address}
            onChange={(event) => update({ address: event.currentTarget.value })}
            autoComplete="off"
            dir="auto"
            classNames={{ input: shared.input }}
          />
        </Stack>
      </IdentityFieldset>

      <Fieldset legend={t('casesWeb.register.profile')} variant="default" radius="md">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('casesWeb.register.profileHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <UnitSelect
              label={t('casesWeb.register.homeCommune')}
              units={communes.data?.units}
              loading={communes.isFetching}
              waitingFor={form.homeProvinceCode ? undefined : t('casesWeb.register.chooseProvinceFirst')}
              value={form.homeCommuneCode}
              onChange={(homeCommuneCode) => update({ homeCommuneCode })}
            />
            <CountrySelect
              label={t('casesWeb.register.nationality')}
              value={form.nationality}
              onChange={(nationality) => update({ nationality })}
            />
            <LanguagesMultiSelect
              label={t('casesWeb.register.languages')}
              value={form.languages}
              onChange={(languages) => update({ languages })}
            />
            <VocabularySelect
              vocabulary="education-level"
              label={t('casesWeb.register.education')}
              value={form.educationLevel}
              onChange={(educationLevel) => update({ educationLevel })}
            />
            <VocabularySelect
              vocabulary="marital-status"
              label={t('casesWeb.register.maritalStatus')}
              value={form.maritalStatus}
              onChange={(maritalStatus) => update({ maritalStatus })}
            />
            <VocabularySelect
              vocabulary="ethnicity"
              label={t('casesWeb.register.ethnicity')}
              description={t('casesWeb.register.ethnicityHelp')}
              value={form.ethnicity}
              onChange={(ethnicity) => update({ ethnicity })}
              testId="profile-ethnicity"
            />
            <TextInput
              label={t('casesWeb.register.childrenCount')}
              value={form.childrenCount}
              onChange={(event) => update({ childrenCount: event.currentTarget.value })}
              error={error('childrenCount')}
              inputMode="numeric"
              maxLength={2}
              dir="ltr"
              classNames={{ input: shared.input }}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </Stack>
  );
}

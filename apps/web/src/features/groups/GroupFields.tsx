import { Checkbox, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../cases/DayInput';
import { VocabularySelect } from '../cases/VocabularyField';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import type { useFieldErrors } from '../shared/useFieldErrors';

/** What the new-group and edit-group forms ask, as typed so far. */
export interface GroupFieldValues {
  name: string;
  provinceCode: string | null;
  communeCode: string | null;
  startedOn: string | null;
  livelihoodFocus: string | null;
  facilitatedByMe: boolean;
  /** A facilitator without an account; read only when the reader does not facilitate. */
  facilitatorName: string;
}

/** The form's own check before sending, in the shape `useFieldErrors().accept` takes. */
export function missingGroupFields(values: GroupFieldValues, required: string) {
  return {
    name: values.name.trim() ? undefined : required,
    communeCode: values.communeCode ? undefined : required,
    startedOn: values.startedOn ? undefined : required,
    livelihoodFocus: values.livelihoodFocus ? undefined : required,
  };
}

interface GroupFieldsProps {
  values: GroupFieldValues;
  /** Told only what changed, so the form can merge it into its latest values. */
  onChange: (change: Partial<GroupFieldValues>) => void;
  fields: Pick<ReturnType<typeof useFieldErrors>, 'errorOf' | 'textField'>;
  /** Each field's test id is this prefix and the field ("group-edit" → "group-edit-name"). */
  testIdPrefix: string;
  facilitatorNameHelp?: string;
}

/**
 * A group's name, commune of the 2025 map, start date, livelihood focus and facilitator (the reader, or a
 * typed name): the fields the new-group and edit-group forms share.
 */
export function GroupFields({
  values,
  onChange,
  fields,
  testIdPrefix,
  facilitatorNameHelp,
}: GroupFieldsProps) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', values.provinceCode);

  return (
    <>
      <TextInput
        label={t('groups.form.name')}
        required
        {...fields.textField('name', values.name, (name) => onChange({ name }))}
        data-testid={`${testIdPrefix}-name`}
      />
      <UnitSelect
        label={t('groups.filter.province')}
        units={provinces.data?.units}
        value={values.provinceCode}
        // A commune of the previous province would no longer be in the list.
        onChange={(provinceCode) => onChange({ provinceCode, communeCode: null })}
        loading={provinces.isLoading}
        testId={`${testIdPrefix}-province`}
      />
      <UnitSelect
        label={t('groups.filter.commune')}
        units={communes.data?.units}
        value={values.communeCode}
        onChange={(communeCode) => onChange({ communeCode })}
        loading={communes.isLoading}
        waitingFor={values.provinceCode ? undefined : t('groups.filter.province')}
        error={fields.errorOf('communeCode')}
        testId={`${testIdPrefix}-commune`}
      />
      <DayInput
        label={t('groups.form.startedOn')}
        value={values.startedOn}
        onChange={(startedOn) => onChange({ startedOn })}
        error={fields.errorOf('startedOn')}
        required
        testId={`${testIdPrefix}-started`}
      />
      <VocabularySelect
        vocabulary="vn-livelihood-focus"
        label={t('groups.form.livelihood')}
        value={values.livelihoodFocus}
        onChange={(livelihoodFocus) => onChange({ livelihoodFocus })}
        error={fields.errorOf('livelihoodFocus')}
        required
        testId={`${testIdPrefix}-livelihood`}
      />
      <Checkbox
        label={t('groups.form.facilitatorMe')}
        checked={values.facilitatedByMe}
        onChange={(event) => onChange({ facilitatedByMe: event.currentTarget.checked })}
        data-testid={`${testIdPrefix}-facilitator-me`}
      />
      {!values.facilitatedByMe && (
        <TextInput
          label={t('groups.form.facilitatorName')}
          description={facilitatorNameHelp}
          {...fields.textField('facilitatorName', values.facilitatorName, (facilitatorName) =>
            onChange({ facilitatorName }),
          )}
          data-testid={`${testIdPrefix}-facilitator-name`}
        />
      )}
    </>
  );
}

import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';

/**
 * The one look and behaviour of a searchable list on the case forms (vocabularies, languages, countries,
 * agency types): large touch targets, a translated "nothing found", a labelled clear button, no browser
 * autofill of what is typed to search.
 */
function usePickDefaults(testId: string | undefined) {
  const { t } = useTranslation();
  return {
    size: 'md',
    searchable: true,
    nothingFoundMessage: t('casesWeb.form.nothingFound'),
    classNames: { input: shared.input, option: shared.option },
    autoComplete: 'off',
    clearButtonProps: { 'aria-label': t('casesWeb.form.clear') },
    'data-testid': testId,
  } as const;
}

export function PickOne({ testId, ...props }: SelectProps & { testId?: string | undefined }) {
  return <Select {...usePickDefaults(testId)} {...props} />;
}

export function PickMany({ testId, ...props }: MultiSelectProps & { testId?: string | undefined }) {
  return <MultiSelect {...usePickDefaults(testId)} hidePickedOptions {...props} />;
}

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

/** One choice; until its options arrive it says it is loading, then invites a choice. */
export function PickOne({
  testId,
  loading,
  ...props
}: Omit<SelectProps, 'placeholder'> & { testId?: string | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      {...usePickDefaults(testId)}
      placeholder={loading ? t('common.loading') : t('casesWeb.form.choose')}
      {...props}
    />
  );
}

export function PickMany({ testId, ...props }: MultiSelectProps & { testId?: string | undefined }) {
  return <MultiSelect {...usePickDefaults(testId)} hidePickedOptions {...props} />;
}

import { seedAgencyTypes } from '@lantern/domain';
import { MultiSelect, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../reference/unit-filter';
import classes from './cases.module.css';
import { useCountries, useLanguages } from './queries';

// The languages most often used with people met in Viet Nam come first, then all others (ISO 639-3).
const FIRST_LANGUAGES = [
  'vie',
  'eng',
  'zho',
  'khm',
  'lao',
  'mya',
  'tha',
  'kor',
  'jpn',
  'tyz',
  'blt',
  'mtq',
  'hmn',
  'nut',
  'ium',
];

function useLanguageOptions() {
  const query = useLanguages();
  return useMemo(() => {
    const all = query.data?.languages ?? [];
    const first = FIRST_LANGUAGES.flatMap((code) => all.filter((language) => language.code === code));
    const rest = all.filter((language) => !FIRST_LANGUAGES.includes(language.code));
    // One flat list with the common languages on top: an empty search shows them, typing finds any other.
    return {
      data: [...first, ...rest].map((language) => ({ value: language.code, label: language.name })),
      loading: query.isPending,
    };
  }, [query.data, query.isPending]);
}

const filter = foldedOptionsFilter(new Map());

interface Labelled {
  label: string;
  description?: string;
  error?: string | undefined;
  testId?: string;
}

export function LanguageSelect({
  value,
  onChange,
  ...props
}: Labelled & { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  return (
    <Select
      size="md"
      label={props.label}
      description={props.description}
      error={props.error}
      data={options.data}
      value={value}
      onChange={onChange}
      searchable
      limit={80}
      filter={filter}
      placeholder={options.loading ? t('common.loading') : t('casesWeb.form.choose')}
      nothingFoundMessage={t('casesWeb.form.nothingFound')}
      classNames={{ input: classes.input, option: classes.option }}
      autoComplete="off"
      data-testid={props.testId}
    />
  );
}

export function LanguagesMultiSelect({
  value,
  onChange,
  ...props
}: Labelled & { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  return (
    <MultiSelect
      size="md"
      label={props.label}
      description={props.description}
      error={props.error}
      data={options.data}
      value={value}
      onChange={onChange}
      searchable
      limit={80}
      filter={filter}
      hidePickedOptions
      nothingFoundMessage={t('casesWeb.form.nothingFound')}
      classNames={{ input: classes.input, option: classes.option }}
      autoComplete="off"
      data-testid={props.testId}
    />
  );
}

export function CountrySelect({
  value,
  onChange,
  ...props
}: Labelled & { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const query = useCountries();
  const data = useMemo(
    () => (query.data?.countries ?? []).map((country) => ({ value: country.code, label: country.name })),
    [query.data],
  );
  return (
    <Select
      size="md"
      label={props.label}
      description={props.description}
      error={props.error}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
      filter={filter}
      placeholder={query.isPending ? t('common.loading') : t('casesWeb.form.choose')}
      nothingFoundMessage={t('casesWeb.form.nothingFound')}
      classNames={{ input: classes.input, option: classes.option }}
      autoComplete="off"
      data-testid={props.testId}
    />
  );
}

/** Types of agency a person may agree to share their information with (the administrators' list). */
export function AgencyTypesSelect({
  value,
  onChange,
  ...props
}: Labelled & { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const data = useMemo(
    () => seedAgencyTypes.map((type) => ({ value: type, label: t(`agencyTypes.${type}`) })),
    [t],
  );
  return (
    <MultiSelect
      size="md"
      label={props.label}
      description={props.description}
      error={props.error}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
      filter={filter}
      hidePickedOptions
      nothingFoundMessage={t('casesWeb.form.nothingFound')}
      classNames={{ input: classes.input, option: classes.option }}
      autoComplete="off"
      data-testid={props.testId}
    />
  );
}

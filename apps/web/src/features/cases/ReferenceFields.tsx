import { seedAgencyTypes } from '@lantern/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../reference/unit-filter';
import { PickMany, PickOne } from './PickList';
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
    <PickOne
      {...props}
      data={options.data}
      value={value}
      onChange={onChange}
      limit={80}
      filter={filter}
      placeholder={options.loading ? t('common.loading') : t('casesWeb.form.choose')}
    />
  );
}

export function LanguagesMultiSelect({
  value,
  onChange,
  ...props
}: Labelled & { value: string[]; onChange: (value: string[]) => void }) {
  const options = useLanguageOptions();
  return (
    <PickMany {...props} data={options.data} value={value} onChange={onChange} limit={80} filter={filter} />
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
    <PickOne
      {...props}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      filter={filter}
      placeholder={query.isPending ? t('common.loading') : t('casesWeb.form.choose')}
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
  return <PickMany {...props} data={data} value={value} onChange={onChange} clearable filter={filter} />;
}

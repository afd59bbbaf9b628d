import { seedAgencyTypes } from '@lantern/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_LANGUAGES, MINORITY_LANGUAGES } from '../reference/languages-first';
import { foldedOptionsFilter } from '../reference/unit-filter';
import { PickMany, PickOne } from './PickList';
import { useCountries, useLanguages } from './queries';

// The languages most often used with people met in Viet Nam come first, then all others.
const FIRST_LANGUAGES = [...COMMON_LANGUAGES, ...MINORITY_LANGUAGES];

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

export function LanguageSelect(
  props: Labelled & { value: string | null; onChange: (value: string | null) => void },
) {
  const options = useLanguageOptions();
  return <PickOne {...props} {...options} limit={80} filter={filter} />;
}

export function LanguagesMultiSelect(
  props: Labelled & { value: string[]; onChange: (value: string[]) => void },
) {
  const options = useLanguageOptions();
  return <PickMany {...props} data={options.data} limit={80} filter={filter} />;
}

export function CountrySelect(
  props: Labelled & { value: string | null; onChange: (value: string | null) => void },
) {
  const query = useCountries();
  const data = useMemo(
    () => (query.data?.countries ?? []).map((country) => ({ value: country.code, label: country.name })),
    [query.data],
  );
  return <PickOne {...props} data={data} clearable filter={filter} loading={query.isPending} />;
}

/** Types of agency a person may agree to share their information with (the administrators' list). */
export function AgencyTypesSelect(
  props: Labelled & { value: string[]; onChange: (value: string[]) => void },
) {
  const { t } = useTranslation();
  const data = useMemo(
    () => seedAgencyTypes.map((type) => ({ value: type, label: t(`agencyTypes.${type}`) })),
    [t],
  );
  return <PickMany {...props} data={data} clearable filter={filter} />;
}

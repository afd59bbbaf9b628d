import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../reference/queries';
import { foldedOptionsFilter } from '../reference/unit-filter';
import { PickMany, PickOne } from './PickList';

interface BaseProps {
  vocabulary: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
}

/** Offered codes in the reader's language; a stored code no longer offered stays visible with its name. */
function useOptions(vocabulary: string, chosen: readonly string[]) {
  const query = useVocabulary(vocabulary);
  return useMemo(() => {
    const offered = query.data?.codes ?? [];
    const retired = (query.data?.retiredCodes ?? []).filter((entry) => chosen.includes(entry.code));
    const all = [...offered, ...retired];
    const known = new Set(all.map((entry) => entry.code));
    const data = [
      ...all.map((entry) => ({ value: entry.code, label: entry.label })),
      // A code the loaded list does not know is still shown, never silently dropped; while the list is
      // loading, the field waits rather than flashing a raw code.
      ...(query.isPending
        ? []
        : chosen.filter((code) => !known.has(code)).map((code) => ({ value: code, label: code }))),
    ];
    const texts = new Map(all.map((entry) => [entry.code, Object.values(entry.labels)]));
    return { data, filter: foldedOptionsFilter(texts), loading: query.isPending, failed: query.isError };
  }, [query.data, query.isPending, query.isError, chosen]);
}

export function VocabularySelect({
  value,
  clearable = true,
  vocabulary,
  ...props
}: BaseProps & { value: string | null; onChange: (value: string | null) => void; clearable?: boolean }) {
  const { t } = useTranslation();
  const chosen = useMemo(() => (value ? [value] : []), [value]);
  const options = useOptions(vocabulary, chosen);
  return (
    <PickOne
      {...props}
      value={value}
      data={options.data}
      filter={options.filter}
      loading={options.loading}
      clearable={clearable}
      error={props.error ?? (options.failed ? t('reference.loadFailed') : undefined)}
    />
  );
}

export function VocabularyMultiSelect({
  value,
  vocabulary,
  ...props
}: BaseProps & { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const options = useOptions(vocabulary, value);
  return (
    <PickMany
      {...props}
      value={value}
      data={options.data}
      filter={options.filter}
      clearable
      placeholder={value.length === 0 ? t('casesWeb.form.chooseMany') : undefined}
      error={props.error ?? (options.failed ? t('reference.loadFailed') : undefined)}
    />
  );
}

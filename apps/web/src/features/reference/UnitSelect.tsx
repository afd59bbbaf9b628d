import { Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import type { UnitSummary } from './types';
import { foldedOptionsFilter } from './unit-filter';

interface UnitSelectProps {
  label: string;
  units: readonly UnitSummary[] | undefined;
  value: string | null;
  onChange: (code: string | null) => void;
  loading?: boolean;
  /** Shown instead of the list while the field cannot be used yet ("choose a province first"). */
  waitingFor?: string | undefined;
  error?: string | undefined;
  testId?: string;
}

/**
 * One level of the location picker: a searchable list of units where typing without diacritics works
 * ("ha tinh" finds Hà Tĩnh), also by English name and by former spellings.
 */
export function UnitSelect({
  label,
  units,
  value,
  onChange,
  loading,
  waitingFor,
  error,
  testId,
}: UnitSelectProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => (units ?? []).map((unit) => ({ value: unit.code, label: unit.label })), [units]);
  const byCode = useMemo(() => new Map((units ?? []).map((unit) => [unit.code, unit])), [units]);
  const filter = useMemo(
    () =>
      foldedOptionsFilter(
        new Map(
          (units ?? []).map((unit) => [
            unit.code,
            [unit.name, unit.nameEn, unit.fullNameEn, ...unit.aliases],
          ]),
        ),
      ),
    [units],
  );
  const showType = i18n.language === 'ar';

  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(code) => onChange(code)}
      searchable
      // Typing a name and pressing Enter takes the best match, the quickest path on a keyboard.
      selectFirstOptionOnChange
      clearable
      clearButtonProps={{ 'aria-label': t('reference.location.clear') }}
      filter={filter}
      limit={200}
      maxDropdownHeight={320}
      disabled={waitingFor !== undefined}
      placeholder={waitingFor ?? t('reference.location.placeholder')}
      nothingFoundMessage={loading ? t('reference.location.loading') : t('reference.location.nothingFound')}
      rightSection={loading ? <Loader size="xs" aria-label={t('reference.location.loading')} /> : undefined}
      error={error}
      classNames={{ input: shared.input, option: shared.option }}
      data-testid={testId}
      autoComplete="off"
      renderOption={({ option }) =>
        showType ? (
          <Stack gap={0}>
            <Text size="sm" lang="vi">
              {option.label}
            </Text>
            <Text size="xs" c="dimmed">
              {byCode.get(option.value)?.typeLabel}
            </Text>
          </Stack>
        ) : (
          option.label
        )
      }
    />
  );
}

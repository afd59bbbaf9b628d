import type { IndicatorSubject } from '@lantern/domain';
import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import {
  type FilterDraft,
  filterNumberInvalid,
  filterParameter,
  newFilter,
  subjectFilters,
} from './composer-draft';

/**
 * One list of filters (the indicator's, or a ratio's numerator): each row a filter offered for the subject,
 * with the number it takes where it needs one, and the server's word about that row beneath it.
 */
export function FilterRows({
  legend,
  testId,
  subject,
  rows,
  onChange,
  checked,
  errorOf,
  listError,
}: {
  legend: string;
  testId: string;
  subject: IndicatorSubject;
  rows: FilterDraft[];
  onChange: (rows: FilterDraft[]) => void;
  /** Whether the administrator has tried to save (local checks speak only then). */
  checked: boolean;
  errorOf: (index: number) => string | undefined;
  listError?: string | undefined;
}) {
  const { t } = useTranslation();
  const offered = subjectFilters(subject);
  const set = (index: number, row: FilterDraft) =>
    onChange(rows.map((current, at) => (at === index ? row : current)));
  return (
    <Fieldset legend={legend} data-testid={testId}>
      <Stack gap="sm">
        {offered.length === 0 && <Text size="sm">{t('indicatorAdmin.noFiltersOffered')}</Text>}
        {offered.length > 0 && rows.length === 0 && <Text size="sm">{t('indicatorAdmin.noFilters')}</Text>}
        {rows.map((row, index) => {
          const parameter = filterParameter[row.code];
          const label = t('indicatorAdmin.filter', { number: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <Stack key={index} gap={4} data-testid={`${testId}-row`}>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={label}
                  data={offered.map((code) => ({
                    value: code,
                    label: t(`indicatorAdmin.filterNames.${code}`),
                  }))}
                  value={row.code}
                  onChange={(event) => set(index, { code: event.currentTarget.value, number: row.number })}
                  error={errorOf(index)}
                  data-testid={`${testId}-code`}
                  miw={220}
                  style={{ flex: 1 }}
                />
                {parameter && (
                  <TextInput
                    label={t(`indicatorAdmin.${parameter}`)}
                    value={row.number}
                    onChange={(event) => set(index, { code: row.code, number: event.currentTarget.value })}
                    error={checked && filterNumberInvalid(row) ? t('indicatorAdmin.wholeNumber') : undefined}
                    inputMode="numeric"
                    dir="ltr"
                    w={140}
                    classNames={{ input: shared.input }}
                    data-testid={`${testId}-number`}
                  />
                )}
                <Button
                  variant="default"
                  h={44}
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                  aria-label={`${t('indicatorAdmin.removeFilter')} (${label})`}
                >
                  {t('indicatorAdmin.removeFilter')}
                </Button>
              </Group>
            </Stack>
          );
        })}
        {listError && (
          <Text size="sm" c="red.8" role="alert">
            {listError}
          </Text>
        )}
        {offered.length > 0 && rows.length < 8 && (
          <Group>
            <Button
              variant="light"
              h={44}
              onClick={() => onChange([...rows, newFilter(subject)])}
              data-testid={`${testId}-add`}
            >
              {t('indicatorAdmin.addFilter')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

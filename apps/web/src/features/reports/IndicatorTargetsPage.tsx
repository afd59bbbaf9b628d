import type { IndicatorSummary, IndicatorTargetView } from '@lantern/domain';
import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import shared from '../shared/shared.module.css';
import { useIndicatorCatalogue, useIndicatorTargets, useSetIndicatorTargets } from './queries';

/** The years of the two national programmes (Decision 193/QĐ-TTg 2021–2025, Decision 33/QĐ-TTg 2026–2030). */
const YEARS = Array.from({ length: 10 }, (_, index) => 2021 + index);

/** The system administrator enters each indicator's national target, year by year; an empty year clears it. */
export function IndicatorTargetsPage() {
  return (
    <RequireSession anyOf={['admin.indicator_targets.manage']}>
      <Targets />
    </RequireSession>
  );
}

function Targets() {
  const { t } = useTranslation();
  const catalogue = useIndicatorCatalogue();
  const targets = useIndicatorTargets();
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('indicatorTargets.title')} intro={t('indicatorTargets.intro')} />
      {(catalogue.isPending || targets.isPending) && <LoadingSkeleton gap="sm" blocks={[{ height: 240 }]} />}
      {catalogue.isError && (
        <LoadFailed message={catalogue.error.message} onRetry={() => void catalogue.refetch()} />
      )}
      {targets.isError && (
        <LoadFailed message={targets.error.message} onRetry={() => void targets.refetch()} />
      )}
      {catalogue.data && targets.data && (
        <TargetForm indicators={catalogue.data.indicators} targets={targets.data.targets} />
      )}
    </Stack>
  );
}

function TargetForm({
  indicators,
  targets,
}: {
  indicators: IndicatorSummary[];
  targets: IndicatorTargetView[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useSetIndicatorTargets();
  const [code, setCode] = useState(indicators[0]?.code ?? '');
  const saved = useMemo(
    () =>
      new Map(
        targets
          .filter((target) => target.indicator === code && target.provinceCode === null)
          .map((target) => [target.year, String(target.value)]),
      ),
    [targets, code],
  );
  const [values, setValues] = useState<Record<number, string>>({});
  useEffect(() => setValues(Object.fromEntries(YEARS.map((year) => [year, saved.get(year) ?? '']))), [saved]);
  const parse = (text: string) => {
    const trimmed = text.trim().replace(',', '.');
    return trimmed === '' ? null : Number(trimmed);
  };
  const invalid = (year: number) => {
    const value = parse(values[year] ?? '');
    return value !== null && (!Number.isFinite(value) || value < 0);
  };
  const submit = () => {
    if (YEARS.some(invalid)) return;
    save.mutate({
      code,
      input: { targets: YEARS.map((year) => ({ year, value: parse(values[year] ?? '') })) },
    });
  };
  return (
    <PartForm title={t('indicatorTargets.save')} onSubmit={submit}>
      <NativeSelect
        label={t('indicatorTargets.indicator')}
        data={indicators.map((indicator) => ({ value: indicator.code, label: indicator.name[locale] }))}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        data-testid="target-indicator"
      />
      <Group gap="md" align="flex-start">
        {YEARS.map((year) => (
          <TextInput
            key={year}
            label={t('indicatorTargets.yearValue', { year })}
            value={values[year] ?? ''}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setValues((current) => ({ ...current, [year]: text }));
            }}
            error={invalid(year) ? t('indicatorTargets.invalidNumber') : undefined}
            inputMode="decimal"
            dir="ltr"
            w={140}
            classNames={{ input: shared.input }}
            data-testid={`target-${year}`}
          />
        ))}
      </Group>
      <PartFormFooter
        error={save.error}
        done={save.isSuccess && t('indicatorTargets.saved')}
        submitLabel={t('indicatorTargets.save')}
        pending={save.isPending}
      />
    </PartForm>
  );
}

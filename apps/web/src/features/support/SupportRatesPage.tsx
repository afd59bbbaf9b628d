import { Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { useVocabularyLabels } from '../cases/labels';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { VocabularySelect } from '../cases/VocabularyField';
import { formatDayMonthYear } from '../reference/dates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ToneBadge } from '../shell/ToneBadge';
import { parseDong } from './money';
import { useAddRate, useSupportRates } from './queries';

/**
 * The administrator's list of support rates and ceilings with their effective dates. Lantern ships none:
 * official amounts come from government instruments and change, so they are configuration, never code.
 */
export function SupportRatesPage() {
  return (
    <RequireSession anyOf={['admin.support_rates.manage']}>
      <Rates />
    </RequireSession>
  );
}

function Rates() {
  const { t } = useTranslation();
  const rates = useSupportRates();
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const locale = currentLocale();
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('support.rates.title')} intro={t('support.rates.intro')} />
      <AddRate />
      {rates.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 64 }, { height: 64 }]} />}
      {rates.isError && <LoadFailed message={rates.error.message} onRetry={() => void rates.refetch()} />}
      {rates.data?.length === 0 && <Text c="dimmed">{t('support.rates.empty')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {rates.data?.map((rate) => (
          <Paper component="li" key={rate.id} withBorder p="md">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{regimeLabel(rate.regime)}</Text>
                <Text size="sm">
                  {[
                    rate.amountVnd !== null &&
                      `${t('support.rates.amount')}: ${formatVnd(rate.amountVnd, locale)}`,
                    rate.ceilingVnd !== null &&
                      `${t('support.rates.ceiling')}: ${formatVnd(rate.ceilingVnd, locale)}`,
                    rate.unit,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('support.rates.from')} {formatDayMonthYear(rate.effectiveFrom)}
                  {rate.effectiveUntil &&
                    ` · ${t('support.rates.until')} ${formatDayMonthYear(rate.effectiveUntil)}`}
                  {rate.legalBasis && ` · ${rate.legalBasis}`}
                </Text>
              </Stack>
              {rate.example && (
                <ToneBadge tone="warning" size="md">
                  {t('support.rates.exampleBadge')}
                </ToneBadge>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

function AddRate() {
  const { t } = useTranslation();
  const add = useAddRate();
  const [regime, setRegime] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [ceiling, setCeiling] = useState('');
  const [unit, setUnit] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [legalBasis, setLegalBasis] = useState('');
  const [example, setExample] = useState(false);
  const fields = useFieldErrors(add.error);
  const locale = currentLocale();

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      regime: regime ? undefined : required,
      effectiveFrom: from ? undefined : required,
      amountVnd: parseDong(amount) !== null || parseDong(ceiling) !== null ? undefined : required,
    });
    if (!ok || !regime || !from) return;
    add.mutate({
      regime,
      amountVnd: parseDong(amount),
      ceilingVnd: parseDong(ceiling),
      effectiveFrom: from,
      effectiveUntil: until,
      example,
      ...(unit.trim() ? { unit: unit.trim() } : {}),
      ...(legalBasis.trim() ? { legalBasis: legalBasis.trim() } : {}),
    });
  };
  const money = (label: string, value: string, set: (value: string) => void, field: string) => (
    <TextInput
      label={label}
      value={value}
      onChange={(event) => set(event.currentTarget.value)}
      description={parseDong(value) !== null ? formatVnd(parseDong(value) ?? 0, locale) : undefined}
      inputMode="numeric"
      dir="ltr"
      error={fields.errorOf(field)}
      style={{ flex: '1 1 200px' }}
      classNames={{ input: shared.input }}
    />
  );

  return (
    <PartForm title={t('support.rates.add')} onSubmit={submit}>
      <VocabularySelect
        vocabulary="vn-support-regime"
        label={t('support.rates.regime')}
        value={regime}
        onChange={setRegime}
        error={fields.errorOf('regime')}
        required
      />
      <Group gap="md" align="flex-start">
        {money(t('support.rates.amount'), amount, setAmount, 'amountVnd')}
        {money(t('support.rates.ceiling'), ceiling, setCeiling, 'ceilingVnd')}
        <TextInput
          label={t('support.rates.unit')}
          value={unit}
          onChange={(event) => setUnit(event.currentTarget.value)}
          maxLength={60}
          style={{ flex: '1 1 160px' }}
          classNames={{ input: shared.input }}
        />
      </Group>
      <Group gap="md" align="flex-start">
        <DayInput
          label={t('support.rates.from')}
          value={from}
          onChange={setFrom}
          error={fields.errorOf('effectiveFrom')}
          required
        />
        <DayInput
          label={t('support.rates.until')}
          value={until}
          onChange={setUntil}
          error={fields.errorOf('effectiveUntil')}
        />
      </Group>
      <TextInput
        label={t('support.rates.legalBasis')}
        value={legalBasis}
        onChange={(event) => setLegalBasis(event.currentTarget.value)}
        maxLength={300}
        classNames={{ input: shared.input }}
      />
      <Checkbox
        size="md"
        label={t('support.rates.example')}
        checked={example}
        onChange={(event) => setExample(event.currentTarget.checked)}
      />
      <PartFormFooter
        error={add.error}
        done={add.isSuccess && t('support.rates.added')}
        submitLabel={t('support.rates.add')}
        pending={add.isPending}
      />
    </PartForm>
  );
}

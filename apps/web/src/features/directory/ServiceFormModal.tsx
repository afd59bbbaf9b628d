import type { PublishServiceInput, ServiceEntry } from '@lantern/domain';
import { NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { PickMany, PickOne } from '../cases/PickList';
import { LanguagesMultiSelect } from '../cases/ReferenceFields';
import { VocabularyMultiSelect } from '../cases/VocabularyField';
import { useProvinces } from '../reference/queries';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { usePublishService } from './queries';

type Count = number | '';
const count = (value: string | number): Count => (typeof value === 'number' ? value : '');
const orNull = (value: Count) => (value === '' ? null : value);
const textOrNull = (value: string) => value.trim() || null;

/**
 * Publishes a new service or edits one (`entry`): the whole entry is sent, as the server replaces it. The
 * form checks what it can (ranges read the right way round) and shows the server's findings field by field.
 */
export function ServiceFormModal({
  entry,
  unpublished,
  serviceName,
  onClose,
  onSaved,
}: {
  entry: ServiceEntry | null;
  /** Services the agency does not publish yet, offered when adding one. */
  unpublished: readonly string[];
  serviceName: (code: string) => string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const publish = usePublishService();
  const [serviceCode, setServiceCode] = useState<string | null>(entry?.serviceCode ?? null);
  const [provinceCodes, setProvinceCodes] = useState<string[]>(entry?.provinceCodes ?? []);
  const [sexes, setSexes] = useState<string[]>(entry?.sexes ?? []);
  const [minAge, setMinAge] = useState<Count>(entry?.minAge ?? '');
  const [maxAge, setMaxAge] = useState<Count>(entry?.maxAge ?? '');
  const [acceptsForeigners, setAcceptsForeigners] = useState(entry?.acceptsForeigners ?? true);
  const [capacityTotal, setCapacityTotal] = useState<Count>(entry?.capacityTotal ?? '');
  const [capacityFree, setCapacityFree] = useState<Count>(entry?.capacityFree ?? '');
  const [hours, setHours] = useState(entry?.hours ?? '');
  const [languages, setLanguages] = useState<string[]>(entry?.languages ?? []);
  const [phone, setPhone] = useState(entry?.contactPhone ?? '');
  const [email, setEmail] = useState(entry?.contactEmail ?? '');
  const { errorOf, accept, textField } = useFieldErrors(publish.error);
  // A list's problem is named by its item ("provinceCodes.1"); the field shows the first of them.
  const listError = (field: string) =>
    errorOf(field) ??
    (publish.error instanceof ApiError
      ? publish.error.details.find((d) => d.field.startsWith(`${field}.`))?.message
      : undefined);
  const provinceOptions = useMemo(
    () => (provinces.data?.units ?? []).map((unit) => ({ value: unit.code, label: unit.label })),
    [provinces.data],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string | undefined> = {};
    if (!serviceCode) errors.serviceCode = t('errors.field.required');
    if (minAge !== '' && maxAge !== '' && minAge > maxAge) errors.maxAge = t('directoryWeb.form.ageOrder');
    if (capacityFree !== '' && capacityTotal === '')
      errors.capacityTotal = t('directoryWeb.form.totalRequired');
    if (capacityFree !== '' && capacityTotal !== '' && capacityFree > capacityTotal)
      errors.capacityFree = t('directoryWeb.form.freeAboveTotal');
    if (!accept(errors) || !serviceCode) return;
    const body: PublishServiceInput = {
      provinceCodes,
      sexes,
      minAge: orNull(minAge),
      maxAge: orNull(maxAge),
      acceptsForeigners,
      capacityTotal: orNull(capacityTotal),
      capacityFree: orNull(capacityFree),
      hours: textOrNull(hours),
      languages,
      contactPhone: textOrNull(phone),
      contactEmail: textOrNull(email),
    };
    publish.mutate({ code: serviceCode, entry: body }, { onSuccess: onSaved });
  }

  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={
        entry
          ? t('directoryWeb.form.titleEdit', { service: serviceName(entry.serviceCode) })
          : t('directoryWeb.form.titleAdd')
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ServerErrorAlert error={publish.error} />
          {entry ? null : (
            <PickOne
              label={t('directoryWeb.form.service')}
              required
              loading={false}
              data={unpublished.map((code) => ({ value: code, label: serviceName(code) }))}
              value={serviceCode}
              onChange={setServiceCode}
              error={errorOf('serviceCode')}
              testId="service-form-code"
            />
          )}
          <PickMany
            label={t('directoryWeb.form.provinces')}
            description={t('directoryWeb.form.provincesHelp')}
            data={provinceOptions}
            value={provinceCodes}
            onChange={setProvinceCodes}
            clearable
            error={listError('provinceCodes')}
          />
          <VocabularyMultiSelect
            vocabulary="gender"
            label={t('directoryWeb.form.sexes')}
            description={t('directoryWeb.form.sexesHelp')}
            value={sexes}
            onChange={setSexes}
            error={listError('sexes')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <NumberInput
              label={t('directoryWeb.form.minAge')}
              {...numberProps(minAge, setMinAge, 120)}
              error={errorOf('minAge')}
            />
            <NumberInput
              label={t('directoryWeb.form.maxAge')}
              {...numberProps(maxAge, setMaxAge, 120)}
              error={errorOf('maxAge')}
            />
            <NumberInput
              label={t('directoryWeb.form.capacityTotal')}
              description={t('directoryWeb.form.capacityHelp')}
              {...numberProps(capacityTotal, setCapacityTotal, 100_000)}
              error={errorOf('capacityTotal')}
            />
            <NumberInput
              label={t('directoryWeb.form.capacityFree')}
              {...numberProps(capacityFree, setCapacityFree, 100_000)}
              error={errorOf('capacityFree')}
              data-testid="service-form-free"
            />
          </SimpleGrid>
          <Switch
            size="md"
            label={t('directoryWeb.form.acceptsForeigners')}
            checked={acceptsForeigners}
            onChange={(event) => setAcceptsForeigners(event.currentTarget.checked)}
          />
          <TextInput
            label={t('directoryWeb.form.hours')}
            placeholder={t('directoryWeb.form.hoursPlaceholder')}
            size="md"
            classNames={{ input: shared.input }}
            {...textField('hours', hours, setHours)}
          />
          <LanguagesMultiSelect
            label={t('directoryWeb.form.languages')}
            value={languages}
            onChange={setLanguages}
            error={listError('languages')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              label={t('directoryWeb.form.phone')}
              type="tel"
              dir="ltr"
              size="md"
              classNames={{ input: shared.input }}
              {...textField('contactPhone', phone, setPhone)}
            />
            <TextInput
              label={t('directoryWeb.form.email')}
              type="email"
              dir="ltr"
              size="md"
              classNames={{ input: shared.input }}
              {...textField('contactEmail', email, setEmail)}
            />
          </SimpleGrid>
          <FormActions
            onCancel={onClose}
            pending={publish.isPending}
            submitLabel={t('directoryWeb.form.save')}
          />
        </Stack>
      </form>
    </FormModal>
  );
}

function numberProps(value: Count, set: (value: Count) => void, max: number) {
  return {
    size: 'md' as const,
    classNames: { input: shared.input },
    min: 0,
    max,
    allowDecimal: false,
    allowNegative: false,
    value,
    onChange: (next: string | number) => set(count(next)),
  };
}

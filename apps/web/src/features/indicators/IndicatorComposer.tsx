import {
  type IndicatorDefinitionInput,
  type IndicatorSubject,
  indicatorMeasures,
  indicatorSubjects,
  type Locale,
  subjectDimensions,
  supportedLocales,
} from '@lantern/domain';
import { Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { ErrorAlert } from '../shared/Alerts';
import shared from '../shared/shared.module.css';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import {
  type BlockKind,
  blockKinds,
  definitionOf,
  filterNumberInvalid,
  filterRowOfField,
  type IndicatorDraft,
  subjectEvents,
  unitOfBlock,
  withSubject,
} from './composer-draft';
import { FilterRows } from './FilterRows';
import { useDefineIndicator, useRedefineIndicator } from './queries';

/** Fields the form shows beside an input; any other field error is said above the buttons. */
const placed =
  /^(code|unit|name\.\w+|definition\.\w+|block\.(where|numerator|from|to|measure|subject|kind)(\..*)?|dimensions(\.\d+)?|periodBy)$/;

/**
 * The composer: an indicator from the fixed building blocks, every choice offered only where it applies to the
 * subject, so the administrator never writes a query. `editing` fixes the code.
 */
export function IndicatorComposer({
  initial,
  editing,
  onDone,
  onCancel,
}: {
  initial: IndicatorDraft;
  editing: boolean;
  onDone: (saved: IndicatorDefinitionInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const define = useDefineIndicator();
  const redefine = useRedefineIndicator();
  const save = editing ? redefine : define;
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const update = (change: Partial<IndicatorDraft>) => setDraft((current) => ({ ...current, ...change }));
  useLeaveGuard(!save.isSuccess && JSON.stringify(draft) !== JSON.stringify(initial));

  const apiError = save.error instanceof ApiError ? save.error : null;
  const sent = save.variables;
  const serverError = (field: string) => apiError?.fieldError(field);
  const missing = (text: string) => checked && text.trim() === '';
  const rowError = (list: 'where' | 'numerator', index: number) =>
    apiError?.details.find((detail) => {
      const row = filterRowOfField(detail.field, sent?.block.where?.length ?? 0);
      return row?.list === list && row.index === index;
    })?.message;
  const dimensionError =
    apiError?.details.find((detail) => /^dimensions(\.\d+)?$/.test(detail.field))?.message ?? undefined;
  const eventError = serverError('block.from') ?? serverError('block.to') ?? serverError('periodBy');
  const unplaced = apiError?.details.filter((detail) => !placed.test(detail.field)) ?? [];
  const numeratorMissing = checked && draft.kind === 'ratio' && draft.numerator.length === 0;

  const submit = () => {
    setChecked(true);
    const texts = supportedLocales.flatMap((locale) => [draft.name[locale], draft.definition[locale]]);
    const filtersBad = [...draft.where, ...(draft.kind === 'ratio' ? draft.numerator : [])].some(
      filterNumberInvalid,
    );
    if (draft.code.trim() === '' || texts.some((text) => text.trim() === '') || filtersBad) return;
    if (draft.kind === 'ratio' && draft.numerator.length === 0) return;
    const definition = definitionOf(draft);
    save.mutate(definition, { onSuccess: () => onDone(definition) });
  };

  const localisedFields = (field: 'name' | 'definition') =>
    supportedLocales.map((locale: Locale) => {
      const Input = field === 'name' ? TextInput : Textarea;
      return (
        <Input
          key={`${field}-${locale}`}
          label={t('indicatorAdmin.inLanguage', {
            field: t(`indicatorAdmin.${field}`),
            language: t(`indicatorAdmin.language.${locale}`),
          })}
          lang={locale}
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          value={draft[field][locale]}
          onChange={(event) => update({ [field]: { ...draft[field], [locale]: event.currentTarget.value } })}
          error={
            missing(draft[field][locale]) ? t('indicatorAdmin.required') : serverError(`${field}.${locale}`)
          }
          classNames={{ input: shared.input }}
          data-testid={`indicator-${field}-${locale}`}
        />
      );
    });

  const events = subjectEvents(draft.subject);
  const eventOptions = events.map((event) => ({ value: event, label: t(`indicatorAdmin.events.${event}`) }));
  return (
    <PartForm
      title={
        editing
          ? t('indicatorAdmin.changeTitle', { name: initial.name[currentLocale()] })
          : t('indicatorAdmin.composeTitle')
      }
      onSubmit={submit}
      gap="md"
    >
      <TextInput
        label={t('indicatorAdmin.code')}
        description={editing ? t('indicatorAdmin.codeFixed') : t('indicatorAdmin.codeHelp')}
        value={draft.code}
        readOnly={editing}
        onChange={(event) => update({ code: event.currentTarget.value })}
        error={missing(draft.code) ? t('indicatorAdmin.required') : serverError('code')}
        dir="ltr"
        autoCapitalize="off"
        classNames={{ input: shared.input }}
        data-testid="indicator-code"
      />
      {localisedFields('name')}
      {localisedFields('definition')}
      <Group gap="md" align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('indicatorAdmin.block')}
          description={t('indicatorAdmin.unit', {
            unit: t(`indicatorAdmin.units.${unitOfBlock[draft.kind]}`),
          })}
          data={blockKinds.map((kind) => ({ value: kind, label: t(`indicatorAdmin.blocks.${kind}`) }))}
          value={draft.kind}
          onChange={(event) => update({ kind: event.currentTarget.value as BlockKind })}
          error={serverError('unit') ?? serverError('block.kind')}
          data-testid="indicator-kind"
          miw={240}
        />
        <NativeSelect
          label={t('indicatorAdmin.subject')}
          data={indicatorSubjects.map((subject) => ({
            value: subject,
            label: t(`indicatorAdmin.subjects.${subject}`),
          }))}
          value={draft.subject}
          onChange={(event) => setDraft(withSubject(draft, event.currentTarget.value as IndicatorSubject))}
          error={serverError('block.subject')}
          data-testid="indicator-subject"
          miw={240}
        />
      </Group>
      <FilterRows
        legend={draft.kind === 'ratio' ? t('indicatorAdmin.filtersRatio') : t('indicatorAdmin.filters')}
        testId="indicator-where"
        subject={draft.subject}
        rows={draft.where}
        onChange={(where) => update({ where })}
        checked={checked}
        errorOf={(index) => rowError('where', index)}
      />
      {draft.kind === 'ratio' && (
        <FilterRows
          legend={t('indicatorAdmin.numerator')}
          testId="indicator-numerator"
          subject={draft.subject}
          rows={draft.numerator}
          onChange={(numerator) => update({ numerator })}
          checked={checked}
          errorOf={(index) => rowError('numerator', index)}
          listError={numeratorMissing ? t('indicatorAdmin.numeratorNeeded') : serverError('block.numerator')}
        />
      )}
      {draft.kind === 'median_days' && (
        <Group gap="md" align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('indicatorAdmin.from')}
            data={eventOptions}
            value={draft.from}
            onChange={(event) => update({ from: event.currentTarget.value })}
            error={eventError}
            data-testid="indicator-from"
            miw={200}
          />
          <NativeSelect
            label={t('indicatorAdmin.to')}
            data={eventOptions}
            value={draft.to}
            onChange={(event) => update({ to: event.currentTarget.value })}
            data-testid="indicator-to"
            miw={200}
          />
        </Group>
      )}
      {draft.kind === 'mean' && (
        <NativeSelect
          label={t('indicatorAdmin.measure')}
          data={indicatorMeasures.map((measure) => ({
            value: measure,
            label: t(`indicatorAdmin.measures.${measure}`),
          }))}
          value={draft.measure}
          onChange={(event) => update({ measure: event.currentTarget.value })}
          error={serverError('block.measure')}
          data-testid="indicator-measure"
        />
      )}
      <Checkbox.Group
        label={t('indicatorAdmin.dimensions')}
        value={draft.dimensions}
        onChange={(values) =>
          update({
            dimensions: subjectDimensions[draft.subject].filter((dimension) => values.includes(dimension)),
          })
        }
        error={dimensionError}
        data-testid="indicator-dimensions"
      >
        <Stack gap="xs" mt="xs">
          {subjectDimensions[draft.subject].map((dimension) => (
            <Checkbox
              key={dimension}
              value={dimension}
              label={t(`indicatorAdmin.dimensionNames.${dimension}`)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {unplaced.length > 0 && (
        <ErrorAlert
          message={unplaced.map((detail) => detail.message).join(' ')}
          testId="indicator-other-errors"
        />
      )}
      <PartFormFooter
        error={apiError && apiError.details.length > 0 ? null : save.error}
        submitLabel={t('indicatorAdmin.save')}
        pending={save.isPending}
        onCancel={onCancel}
      />
    </PartForm>
  );
}

import { directionOf, type Locale, supportedLocales } from '@lantern/domain';
import { Code, Fieldset, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ErrorAlert, ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { isCodeName, LOCAL_PREFIX, suggestCodeName } from './local-code';
import { invalidateVocabularies } from './queries';
import type { LocalValueView, VocabularyResponse } from './types';

type Texts = Record<Locale, string>;
const legendStyles = { legend: { fontWeight: 600, marginBottom: 4 } };
const noTexts: Texts = { vi: '', en: '', ar: '' };

interface LocalValueFormModalProps {
  vocabulary: VocabularyResponse;
  /** The value to edit; null to add a new one. */
  editing: LocalValueView | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (value: LocalValueView) => void;
}

/** Adds a local value to a vocabulary, or corrects one: three names, optional descriptions, HTCDS export. */
export function LocalValueFormModal({
  vocabulary,
  editing,
  opened,
  onClose,
  onSaved,
}: LocalValueFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={
        editing
          ? t('reference.localValues.form.editTitle', { code: editing.code })
          : t('reference.localValues.form.createTitle', { list: vocabulary.label })
      }
      size="lg"
    >
      {opened && (
        <LocalValueForm
          key={editing?.id ?? 'new'}
          vocabulary={vocabulary}
          editing={editing}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </FormModal>
  );
}

function LocalValueForm({ vocabulary, editing, onClose, onSaved }: Omit<LocalValueFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [labels, setLabels] = useState<Texts>(() => ({ ...noTexts, ...editing?.labels }));
  const [descriptions, setDescriptions] = useState<Texts>(() => ({ ...noTexts, ...editing?.description }));
  const [codeName, setCodeName] = useState('');
  const [codeEdited, setCodeEdited] = useState(false);
  const [htcdsExport, setHtcdsExport] = useState(editing?.htcdsExport ?? '');

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      editing
        ? api<LocalValueView>(localValuePath(vocabulary.id, editing.code), { method: 'PATCH', body })
        : api<LocalValueView>(localValuePath(vocabulary.id), { method: 'POST', body }),
    onSuccess: (value) => {
      invalidateVocabularies(queryClient);
      onSaved(value);
    },
  });
  const { errorOf, accept, textField, serverError } = useFieldErrors(save.error);
  const shownFields = new Set([
    'code',
    'htcdsExport',
    ...supportedLocales.flatMap((locale) => [`labels.${locale}`, `description.${locale}`]),
  ]);
  const otherProblems = serverError?.details.filter((detail) => !shownFields.has(detail.field)) ?? [];

  const shownCodeName = codeEdited ? codeName : suggestCodeName(labels.en);
  const htcdsCodes = vocabulary.codes.filter((entry) => entry.namespace === 'htcds');
  const hasOther = htcdsCodes.some((entry) => entry.code === 'Other');

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    for (const locale of supportedLocales) {
      if (labels[locale].trim() === '') errors[`labels.${locale}`] = t('errors.field.required');
    }
    if (!editing && !isCodeName(shownCodeName)) errors.code = t('reference.localValues.form.codeInvalid');
    if (!accept(errors)) return;
    const description = Object.fromEntries(
      supportedLocales
        .filter((locale) => descriptions[locale].trim() !== '')
        .map((locale) => [locale, descriptions[locale].trim()]),
    );
    const hasDescription = Object.keys(description).length > 0;
    save.mutate({
      ...(editing ? {} : { code: `${LOCAL_PREFIX}${shownCodeName}` }),
      labels: Object.fromEntries(supportedLocales.map((locale) => [locale, labels[locale].trim()])),
      ...(hasDescription ? { description } : editing ? { description: null } : {}),
      ...(vocabulary.source === 'htcds' ? { htcdsExport: htcdsExport || null } : {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ServerErrorAlert error={save.error} />
        <ErrorAlert
          message={
            otherProblems.length > 0 &&
            otherProblems.map((problem) => (
              <Text key={problem.field} size="sm">
                {problem.message}
              </Text>
            ))
          }
        />
        <Fieldset
          legend={t('reference.localValues.form.labelsLegend')}
          variant="unstyled"
          styles={legendStyles}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('reference.localValues.form.labelsHelp')}
            </Text>
            {supportedLocales.map((locale) => (
              <TextInput
                key={locale}
                label={t(`reference.localValues.form.label_${locale}`)}
                name={`labels.${locale}`}
                required
                lang={locale}
                dir={directionOf(locale)}
                maxLength={200}
                value={labels[locale]}
                onChange={(event) => setLabels({ ...labels, [locale]: event.currentTarget.value })}
                error={errorOf(`labels.${locale}`)}
              />
            ))}
          </Stack>
        </Fieldset>

        {editing ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('reference.vocabulary.code')}
            </Text>
            <Code dir="ltr" w="fit-content">
              {editing.code}
            </Code>
            <Text size="sm" c="dimmed">
              {t('reference.localValues.form.codeFixed')}
            </Text>
            {errorOf('code') && (
              <Text size="sm" c="red.8" role="alert">
                {errorOf('code')}
              </Text>
            )}
          </Stack>
        ) : (
          <TextInput
            label={t('reference.vocabulary.code')}
            description={t('reference.localValues.form.codeHelp')}
            name="code"
            required
            dir="ltr"
            maxLength={40}
            leftSection={<Code>{LOCAL_PREFIX}</Code>}
            leftSectionWidth={64}
            value={shownCodeName}
            onChange={(event) => {
              setCodeEdited(true);
              setCodeName(event.currentTarget.value);
            }}
            error={errorOf('code')}
          />
        )}

        {vocabulary.source === 'htcds' && (
          <NativeSelect
            label={t('reference.localValues.form.export')}
            description={t('reference.localValues.form.exportHelp')}
            size="md"
            {...textField('htcdsExport', htcdsExport, setHtcdsExport)}
            data={[
              {
                value: '',
                label: hasOther
                  ? t('reference.localValues.form.exportDefaultOther')
                  : t('reference.localValues.form.exportDefaultEmpty'),
              },
              ...htcdsCodes.map((entry) => ({ value: entry.code, label: `${entry.label} (${entry.code})` })),
            ]}
          />
        )}

        <Fieldset
          legend={t('reference.localValues.form.descriptionLegend')}
          variant="unstyled"
          styles={legendStyles}
        >
          <Stack gap="sm">
            {supportedLocales.map((locale) => (
              <Textarea
                key={locale}
                label={t(`reference.localValues.form.description_${locale}`)}
                name={`description.${locale}`}
                lang={locale}
                dir={directionOf(locale)}
                autosize
                minRows={2}
                maxLength={1000}
                value={descriptions[locale]}
                onChange={(event) =>
                  setDescriptions({ ...descriptions, [locale]: event.currentTarget.value })
                }
                error={errorOf(`description.${locale}`)}
              />
            ))}
          </Stack>
        </Fieldset>

        <FormActions
          onCancel={onClose}
          pending={save.isPending}
          submitLabel={editing ? t('common.saveChanges') : t('reference.localValues.form.create')}
        />
      </Stack>
    </form>
  );
}

export function localValuePath(
  vocabularyId: string,
  code?: string,
  action?: 'retire' | 'reactivate',
): string {
  const base = `/api/admin/vocabularies/${encodeURIComponent(vocabularyId)}/local-values`;
  if (!code) return base;
  return `${base}/${encodeURIComponent(code)}${action ? `/${action}` : ''}`;
}

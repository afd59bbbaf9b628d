import { directionOf, supportedLocales } from '@lantern/domain';
import { Button, Code, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { RequireSession } from '../auth/RequireSession';
import { DoneNotice, ErrorAlert } from '../shared/Alerts';
import { DataTable } from '../shared/DataTable';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { CodeListSelect } from './CodeListSelect';
import { LocalValueFormModal, localValuePath } from './LocalValueFormModal';
import { invalidateVocabularies, useLocalValues, useVocabularies, useVocabulary } from './queries';
import type { LocalValueView, VocabularyResponse } from './types';

export const LOCAL_VALUE_PERMISSIONS = ['admin.vocabularies.manage'];

/** Administrators add values a code list lacks, correct their names and retire them; built-in codes stay fixed. */
export function LocalValuesPage() {
  return (
    <RequireSession anyOf={LOCAL_VALUE_PERMISSIONS}>
      <LocalValues />
    </RequireSession>
  );
}

type Notice = { kind: 'added' | 'saved' | 'retired' | 'reactivated'; name: string };

function LocalValues() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ from: '/admin/vocabularies' });
  const list = useVocabularies();
  const id = search.id ?? list.data?.vocabularies[0]?.id ?? null;
  const vocabulary = useVocabulary(id);
  const values = useLocalValues(id);
  const [form, setForm] = useState<{ editing: LocalValueView | null } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const data = vocabulary.data;

  return (
    <Stack gap="lg" maw={1040}>
      <PageHeader title={t('reference.localValues.title')} intro={t('reference.localValues.intro')} />

      <ErrorAlert message={list.isError && t('reference.loadFailed')} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <CodeListSelect
          vocabularies={list.data?.vocabularies}
          value={id}
          onChange={(next) => {
            if (!next) return;
            setNotice(null);
            void navigate({ to: '/admin/vocabularies', search: { id: next }, replace: true });
          }}
          data-testid="local-values-vocabulary"
          w={{ base: '100%', sm: 420 }}
        />
        {data && (
          <Button onClick={() => setForm({ editing: null })} data-testid="local-value-add">
            {t('reference.localValues.add')}
          </Button>
        )}
      </Group>

      {notice && (
        <DoneNotice onClose={() => setNotice(null)}>
          {t(`reference.localValues.notice.${notice.kind}`, { name: notice.name })}
        </DoneNotice>
      )}

      <ErrorAlert message={vocabulary.error?.message} />
      {data && (
        <Text size="sm">
          {t('reference.localValues.fixedCodes', {
            fixed: data.codeCount - data.localCount,
          })}{' '}
          {/* Inside a sentence a link must be told apart without colour (WCAG 1.4.1). */}
          <AnchorLink to="/reference" underline="always">
            {t('reference.localValues.seeList')}
          </AnchorLink>
        </Text>
      )}

      {(values.isPending || !data) && !values.isError && !vocabulary.isError && <Skeleton height={160} />}
      <ErrorAlert message={values.error?.message} />
      {data && values.data && values.data.values.length === 0 && (
        <EmptyState>{t('reference.localValues.empty')}</EmptyState>
      )}
      {data && values.data && values.data.values.length > 0 && (
        <LocalValueTable
          vocabulary={data}
          values={values.data.values}
          onEdit={(value) => setForm({ editing: value })}
          onChanged={(kind, value) => setNotice({ kind, name: value.label })}
        />
      )}

      {data && (
        <LocalValueFormModal
          vocabulary={data}
          editing={form?.editing ?? null}
          opened={form !== null}
          onClose={() => setForm(null)}
          onSaved={(value) => {
            setNotice({ kind: form?.editing ? 'saved' : 'added', name: value.label });
            setForm(null);
          }}
        />
      )}
    </Stack>
  );
}

function LocalValueTable({
  vocabulary,
  values,
  onEdit,
  onChanged,
}: {
  vocabulary: VocabularyResponse;
  values: LocalValueView[];
  onEdit: (value: LocalValueView) => void;
  onChanged: (kind: 'retired' | 'reactivated', value: LocalValueView) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [toggling, setToggling] = useState<LocalValueView | null>(null);
  const others = supportedLocales.filter((locale) => locale !== i18n.language);

  const toggle = useMutation({
    mutationFn: (value: LocalValueView) =>
      api<LocalValueView>(localValuePath(vocabulary.id, value.code, value.active ? 'retire' : 'reactivate'), {
        method: 'POST',
      }),
    onSuccess: (value) => {
      invalidateVocabularies(queryClient);
      setToggling(null);
      onChanged(value.active ? 'reactivated' : 'retired', value);
    },
  });
  // A value a later release made clash with a built-in code cannot be reactivated; the reasons are per field.
  const toggleError =
    toggle.error instanceof ApiError && toggle.error.details.length > 0
      ? toggle.error.details.map((detail) => detail.message).join(' ')
      : toggle.error?.message;

  return (
    <>
      <DataTable
        minWidth={760}
        testId="local-values-table"
        headings={[
          t('reference.localValues.name'),
          t('reference.vocabulary.code'),
          vocabulary.source === 'htcds' && t('reference.localValues.export'),
          t('reference.localValues.status'),
          t('reference.localValues.actions'),
        ]}
        rows={values}
        rowKey={(value) => value.id}
        cells={(value) => (
          <>
            <Table.Td>
              <Text fw={600}>{value.label}</Text>
              <Text size="xs" c="dimmed">
                {others.map((locale, index) => (
                  <span key={locale}>
                    {index > 0 && ' · '}
                    <bdi lang={locale} dir={directionOf(locale)}>
                      {value.labels[locale]}
                    </bdi>
                  </span>
                ))}
              </Text>
            </Table.Td>
            <Table.Td>
              <Code dir="ltr">{value.code}</Code>
            </Table.Td>
            {vocabulary.source === 'htcds' && (
              <Table.Td>
                {value.exportedAs ? (
                  <Code dir="ltr">{value.exportedAs}</Code>
                ) : (
                  t('reference.localValues.notExported')
                )}
              </Table.Td>
            )}
            <Table.Td>
              <ToneBadge tone={value.active ? 'positive' : 'neutral'}>
                {value.active ? t('reference.localValues.active') : t('reference.localValues.retired')}
              </ToneBadge>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="wrap">
                <Button size="sm" variant="light" onClick={() => onEdit(value)}>
                  {t('reference.localValues.edit')}
                </Button>
                <Button
                  size="sm"
                  variant="default"
                  color={value.active ? 'red' : undefined}
                  onClick={() => {
                    toggle.reset();
                    setToggling(value);
                  }}
                >
                  {value.active ? t('reference.localValues.retire') : t('reference.localValues.reactivate')}
                </Button>
              </Group>
            </Table.Td>
          </>
        )}
      />
      <ConfirmDialog
        opened={toggling !== null}
        title={
          toggling?.active
            ? t('reference.localValues.retireTitle', { name: toggling.label })
            : t('reference.localValues.reactivateTitle', { name: toggling?.label ?? '' })
        }
        text={
          toggling?.active ? t('reference.localValues.retireText') : t('reference.localValues.reactivateText')
        }
        confirmLabel={
          toggling?.active ? t('reference.localValues.retire') : t('reference.localValues.reactivate')
        }
        danger={toggling?.active}
        pending={toggle.isPending}
        error={toggleError}
        onConfirm={() => toggling && toggle.mutate(toggling)}
        onClose={() => setToggling(null)}
      />
    </>
  );
}

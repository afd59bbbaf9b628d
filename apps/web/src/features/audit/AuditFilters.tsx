import { auditActions, auditOutcomes, auditResourceTypes } from '@lantern/domain';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from '../../lib/search';
import { DayInput } from '../cases/DayInput';
import { actionLabel, resourceTypeLabel } from './labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditFiltersProps {
  search: AuditSearch;
  onApply: (search: AuditSearch) => void;
}

/** Filters kept in the address, so a filtered view can be bookmarked or linked ("who saw this record"). */
export function AuditFilters({ search, onApply }: AuditFiltersProps) {
  // A new address (a clicked link) starts the form afresh from it.
  return <FilterForm key={JSON.stringify(search)} search={search} onApply={onApply} />;
}

function FilterForm({ search, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const actionsListId = useId();
  const [form, setForm] = useState<AuditSearch>(search);
  const [errors, setErrors] = useState<AuditSearch>({});
  // A day typed that is not (yet) a day must not silently become "no limit".
  const [unreadable, setUnreadable] = useState<{ from?: boolean; to?: boolean }>({});
  const day = (key: 'from' | 'to') => ({
    value: form[key] ?? null,
    onChange: (value: string | null) => setForm({ ...form, [key]: value ?? undefined }),
    onUnreadable: (value: boolean) => setUnreadable((current) => ({ ...current, [key]: value })),
    error: errors[key],
  });
  const field = (key: keyof AuditSearch) => ({
    value: form[key] ?? '',
    onChange: (event: { currentTarget: { value: string } }) =>
      setForm({ ...form, [key]: event.currentTarget.value }),
    error: errors[key],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: AuditSearch = {};
    for (const [key, value] of Object.entries(form) as [keyof AuditSearch, string | undefined][]) {
      if (value?.trim()) next[key] = value.trim();
    }
    const problems: AuditSearch = {};
    if (next.actorUserId && !UUID.test(next.actorUserId)) problems.actorUserId = t('audit.filters.invalidId');
    if (unreadable.from) problems.from = t('casesWeb.form.dayInvalid');
    if (unreadable.to) problems.to = t('casesWeb.form.dayInvalid');
    else if (next.from && next.to && next.from > next.to) problems.to = t('audit.filters.toBeforeFrom');
    if (next.resourceId && !next.resourceType) problems.resourceType = t('audit.filters.chooseType');
    setErrors(problems);
    if (Object.keys(problems).length === 0) onApply(next);
  }

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('audit.filters.title')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput
            label={t('audit.filters.action')}
            description={t('audit.filters.actionHelp')}
            list={actionsListId}
            autoComplete="off"
            dir="ltr"
            {...field('action')}
          />
          <datalist id={actionsListId}>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(t, action)}
              </option>
            ))}
          </datalist>
          <NativeSelect
            label={t('audit.filters.resourceType')}
            size="md"
            data={[
              { value: '', label: t('admin.all') },
              ...auditResourceTypes.map((type) => ({ value: type, label: resourceTypeLabel(t, type) })),
              ...(form.resourceType && !(auditResourceTypes as readonly string[]).includes(form.resourceType)
                ? [{ value: form.resourceType, label: form.resourceType }]
                : []),
            ]}
            {...field('resourceType')}
          />
          <TextInput
            label={t('audit.filters.resourceId')}
            autoComplete="off"
            dir="ltr"
            {...field('resourceId')}
          />
          <TextInput
            label={t('audit.filters.actorUserId')}
            description={t('audit.filters.actorHelp')}
            autoComplete="off"
            dir="ltr"
            {...field('actorUserId')}
          />
          <NativeSelect
            label={t('audit.filters.outcome')}
            size="md"
            data={[
              { value: '', label: t('admin.all') },
              ...auditOutcomes.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) })),
            ]}
            data-testid="audit-outcome-filter"
            {...field('outcome')}
          />
          <DayInput label={t('audit.filters.from')} testId="audit-from" {...day('from')} />
          <DayInput label={t('audit.filters.to')} testId="audit-to" {...day('to')} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">{t('audit.filters.apply')}</Button>
          <Button variant="default" onClick={() => onApply({})}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

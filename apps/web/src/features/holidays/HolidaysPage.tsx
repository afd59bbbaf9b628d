import type { PublicHoliday } from '@lantern/domain';
import { Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { formatDayMonthYear } from '../reference/dates';
import { ErrorAlert } from '../shared/Alerts';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ToneBadge } from '../shell/ToneBadge';
import { useHolidays, useRemoveHoliday, useSaveHoliday } from './queries';

/**
 * The system administrator's list of public holidays and days off, which complaint deadlines skip. Tết and the
 * Hùng Kings' day follow the lunar calendar and the official days off are announced each year, so the list is
 * data the administrator checks, never a rule in the code.
 */
export function HolidaysPage() {
  return (
    <RequireSession anyOf={['admin.vocabularies.manage']}>
      <Holidays />
    </RequireSession>
  );
}

const thisYear = () => new Date().getFullYear();

function Holidays() {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const [editing, setEditing] = useState<PublicHoliday | null>(null);
  const holidays = useHolidays(year);
  const remove = useRemoveHoliday();
  const years = [thisYear() - 1, thisYear(), thisYear() + 1].map(String);
  const name = (holiday: PublicHoliday) => (currentLocale() === 'vi' ? holiday.nameVi : holiday.nameEn);
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('holidays.title')} intro={t('holidays.intro')} />
      <HolidayForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
      <SegmentedControl
        aria-label={t('holidays.year')}
        data={years}
        value={String(year)}
        onChange={(value) => setYear(Number(value))}
        dir="ltr"
      />
      {holidays.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 56 }, { height: 56 }]} />}
      {holidays.isError && (
        <LoadFailed message={holidays.error.message} onRetry={() => void holidays.refetch()} />
      )}
      {holidays.data?.items.length === 0 && <Text c="dimmed">{t('holidays.empty', { year })}</Text>}
      {remove.error && <ErrorAlert message={remove.error.message} />}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="holiday-list">
        {holidays.data?.items.map((holiday) => (
          <Paper component="li" key={holiday.id} withBorder p="md">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text fw={600} dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                  {formatDayMonthYear(holiday.day)}
                </Text>
                <Text size="sm">{name(holiday)}</Text>
              </Stack>
              <Group gap="xs">
                {holiday.toCheck && (
                  <ToneBadge tone="warning" size="md">
                    {t('holidays.toCheckBadge')}
                  </ToneBadge>
                )}
                <Button variant="default" size="sm" onClick={() => setEditing(holiday)}>
                  {t('holidays.edit')}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="sm"
                  loading={remove.isPending && remove.variables === holiday.id}
                  onClick={() => remove.mutate(holiday.id)}
                  aria-label={t('holidays.removeNamed', { day: formatDayMonthYear(holiday.day) })}
                >
                  {t('holidays.remove')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

function HolidayForm({ editing, onDone }: { editing: PublicHoliday | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveHoliday();
  const [day, setDay] = useState<string | null>(editing?.day ?? null);
  const [nameVi, setNameVi] = useState(editing?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(editing?.nameEn ?? '');
  const [toCheck, setToCheck] = useState(editing?.toCheck ?? false);
  const fields = useFieldErrors(save.error);

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      day: day ? undefined : required,
      nameVi: nameVi.trim() ? undefined : required,
      nameEn: nameEn.trim() ? undefined : required,
    });
    if (!ok || !day) return;
    save.mutate(
      { ...(editing ? { id: editing.id } : {}), day, nameVi: nameVi.trim(), nameEn: nameEn.trim(), toCheck },
      { onSuccess: () => editing && onDone() },
    );
  };
  const title = editing ? t('holidays.editTitle') : t('holidays.add');
  return (
    <PartForm title={title} onSubmit={submit}>
      <DayInput
        label={t('holidays.day')}
        value={day}
        onChange={setDay}
        error={fields.errorOf('day')}
        required
      />
      <Group gap="md" align="flex-start">
        <TextInput
          label={t('holidays.nameVi')}
          value={nameVi}
          onChange={(event) => setNameVi(event.currentTarget.value)}
          error={fields.errorOf('nameVi')}
          maxLength={120}
          required
          style={{ flex: '1 1 240px' }}
          classNames={{ input: shared.input }}
        />
        <TextInput
          label={t('holidays.nameEn')}
          value={nameEn}
          onChange={(event) => setNameEn(event.currentTarget.value)}
          error={fields.errorOf('nameEn')}
          maxLength={120}
          required
          lang="en"
          style={{ flex: '1 1 240px' }}
          classNames={{ input: shared.input }}
        />
      </Group>
      <Checkbox
        size="md"
        label={t('holidays.toCheck')}
        checked={toCheck}
        onChange={(event) => setToCheck(event.currentTarget.checked)}
      />
      <PartFormFooter
        error={save.error}
        done={save.isSuccess && !editing && t('holidays.added')}
        submitLabel={editing ? t('holidays.save') : t('holidays.add')}
        pending={save.isPending}
        {...(editing ? { onCancel: onDone } : {})}
      />
    </PartForm>
  );
}

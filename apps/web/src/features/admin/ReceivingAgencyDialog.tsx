import type { ProvinceReceivingAgency, ReceivingAgency } from '@lantern/domain';
import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import type { DirectoryAgency } from '../cases/queries';
import { useProvinces } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { AgencySelect } from '../referrals/RecipientPicker';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useAgencies } from './queries';

export const receivingAgenciesKey = ['admin', 'receiving-agencies'] as const;

/** Sets or clears where one province's screenings go by default. */
export function ReceivingAgencyDialog({
  row,
  provinceName,
  onClose,
  onDone,
}: {
  row: ProvinceReceivingAgency | null;
  provinceName: string;
  onClose: () => void;
  /** Called with the words that say what was done. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      title={t('receivingAgencies.dialog.title', { province: provinceName })}
      size="lg"
    >
      {row && (
        <ReceivingAgencyForm
          key={row.provinceCode}
          row={row}
          provinceName={provinceName}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </FormModal>
  );
}

/**
 * The active agencies to choose from: an administrator reads every agency (the administration list), a
 * coordinator the directory (an administrator holds no permission to read the directory).
 */
function useAgencyChoices() {
  const admin = hasPermission(useActiveSession(), 'admin.agencies.manage');
  const all = useAgencies(admin);
  const directory = useQuery({
    queryKey: ['directory', 'agencies'],
    queryFn: () => api<DirectoryAgency[]>('/api/directory/agencies'),
    staleTime: 10 * 60_000,
    enabled: !admin,
  });
  const source = admin ? all : directory;
  const agencies = useMemo(
    () => (admin ? (all.data ?? []).filter((agency) => !agency.disabled) : (directory.data ?? [])),
    [admin, all.data, directory.data],
  );
  return { agencies, isPending: source.isPending, error: source.error };
}

function ReceivingAgencyForm({
  row,
  provinceName,
  onClose,
  onDone,
}: {
  row: ProvinceReceivingAgency;
  provinceName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = useAgencyChoices();
  const provinces = useProvinces('2025');
  // The province's own agencies first; clearing the province filter offers every agency.
  const [provinceCode, setProvinceCode] = useState<string | null>(row.provinceCode);
  const [agencyId, setAgencyId] = useState<string | null>(row.configured?.id ?? null);
  const shown = useMemo(
    () => choices.agencies.filter((agency) => !provinceCode || agency.provinceCode === provinceCode),
    [choices.agencies, provinceCode],
  );

  const save = useMutation({
    mutationFn: (next: string | null) =>
      api<ReceivingAgency>(`/api/provinces/${encodeURIComponent(row.provinceCode)}/receiving-agency`, {
        method: 'PUT',
        body: { agencyId: next },
      }),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: receivingAgenciesKey });
      onDone(
        answer.source === 'configured' && answer.agency
          ? t('receivingAgencies.saved', { province: provinceName, agency: answer.agency.name })
          : t('receivingAgencies.cleared', { province: provinceName }),
      );
    },
  });
  const { errorOf, accept } = useFieldErrors(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept({ agencyId: agencyId ? undefined : t('receivingAgencies.dialog.agencyRequired') }))
      save.mutate(agencyId);
  }

  const current = row.configured
    ? t('receivingAgencies.dialog.currentSet', { agency: row.configured.name })
    : row.fallback
      ? t('receivingAgencies.dialog.currentFallback', { agency: row.fallback.name })
      : t('receivingAgencies.dialog.currentNone');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text data-testid="receiving-current">{current}</Text>
        <ServerErrorAlert error={save.error} />
        <UnitSelect
          label={t('receivingAgencies.dialog.province')}
          units={provinces.data?.units}
          loading={provinces.isPending}
          value={provinceCode}
          onChange={setProvinceCode}
          testId="receiving-filter-province"
        />
        <AgencySelect
          agencies={shown}
          keep={row.configured ?? undefined}
          label={t('receivingAgencies.dialog.agency')}
          description={t('referralsWeb.refer.agencyHelp', { count: shown.length })}
          value={agencyId}
          onChange={setAgencyId}
          placeholder={choices.isPending ? t('common.loading') : t('casesWeb.form.choose')}
          nothingFound={t('referralsWeb.refer.noAgency')}
          error={errorOf('agencyId') ?? choices.error?.message}
          testId="receiving-agency-select"
        />
        <FormActions
          onCancel={onClose}
          pending={save.isPending && save.variables !== null}
          submitLabel={t('common.save')}
        />
        {row.configured && (
          <>
            <Divider />
            <Group gap="sm" justify="space-between" align="center">
              <Text size="sm">
                {row.fallback
                  ? t('receivingAgencies.dialog.clearFallback', { agency: row.fallback.name })
                  : t('receivingAgencies.dialog.clearNone')}
              </Text>
              <Button
                variant="outline"
                color="red"
                mih={44}
                loading={save.isPending && save.variables === null}
                onClick={() => save.mutate(null)}
                data-testid="receiving-clear"
              >
                {t('receivingAgencies.dialog.clear')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}

import { type AgencyView, foldVietnamese } from '@lantern/domain';
import { Button, Group, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { useProvinces } from '../reference/queries';
import { ReferralWindowsSettings } from '../referrals/ReferralWindowsSettings';
import { DoneNotice, ErrorAlert } from '../shared/Alerts';
import { DataTable } from '../shared/DataTable';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { ListPager, usePage } from '../shell/ListPager';
import { AgencyFormModal } from './AgencyFormModal';
import { AgencyTypeSettings } from './AgencyTypeSettings';
import { ConfirmDialog } from './ConfirmDialog';
import { agencyTypeLabel } from './labels';
import { OfficesModal } from './OfficesModal';
import { adminKeys, useAgencies, useAgencyTypes } from './queries';
import { RenameAgencyModal } from './RenameAgencyModal';
import { StatusBadge } from './StatusBadge';
import { StatusFilterSelect } from './StatusFilterSelect';

// Agency administrators see their own agency here to look after its offices; only system administrators
// add, rename or deactivate agencies.
const AGENCY_PAGE_PERMISSIONS = ['admin.agencies.manage', 'admin.users.manage_own_agency'];

export function AgenciesPage() {
  return (
    <RequireSession anyOf={AGENCY_PAGE_PERMISSIONS}>
      <Agencies />
    </RequireSession>
  );
}

type StatusFilter = 'active' | 'disabled' | 'all';

function Agencies() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = hasPermission(useActiveSession(), 'admin.agencies.manage');
  const agencies = useAgencies();
  const types = useAgencyTypes();
  const provinces = useProvinces('2025');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<AgencyView | null>(null);
  const [officesOf, setOfficesOf] = useState<AgencyView | null>(null);
  const [renaming, setRenaming] = useState<AgencyView | null>(null);
  const [toggling, setToggling] = useState<AgencyView | null>(null);

  const toggle = useMutation({
    mutationFn: (agency: AgencyView) =>
      api<AgencyView>(`/api/admin/agencies/${encodeURIComponent(agency.id)}`, {
        method: 'PATCH',
        body: { disabled: !agency.disabled },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.agencies });
      setToggling(null);
    },
  });

  const provinceName = useMemo(
    () => new Map((provinces.data?.units ?? []).map((unit) => [unit.code, unit.label])),
    [provinces.data],
  );
  const typeName = useMemo(
    () => new Map((types.data ?? []).map((type) => [type.code, type.label])),
    [types.data],
  );
  const byId = useMemo(
    () => new Map((agencies.data ?? []).map((agency) => [agency.id, agency])),
    [agencies.data],
  );

  const shown = useMemo(() => {
    const needle = foldVietnamese(search);
    return (agencies.data ?? [])
      .filter((agency) => status === 'all' || agency.disabled === (status === 'disabled'))
      .filter((agency) => needle === '' || foldVietnamese(agency.name).includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }, [agencies.data, search, status]);
  const paged = usePage(shown, 50, [search, status]);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.agencies.title')}
        intro={t('admin.agencies.intro')}
        action={canManage && <Button onClick={() => setCreating(true)}>{t('admin.agencies.add')}</Button>}
      />
      {created && (
        <DoneNotice onClose={() => setCreated(null)}>
          {t('admin.agencies.created', { name: created.name })}
        </DoneNotice>
      )}
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('admin.agencies.search')}
          placeholder={t('admin.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
        <StatusFilterSelect value={status} onChange={setStatus} />
      </Group>
      {agencies.isPending && <Skeleton height={160} />}
      <ErrorAlert message={agencies.error?.message} />
      {agencies.data && shown.length === 0 && (
        <EmptyState>{agencies.data.length === 0 ? t('admin.agencies.empty') : t('admin.noMatch')}</EmptyState>
      )}
      {shown.length > 0 && (
        <DataTable
          minWidth={760}
          testId="agencies-table"
          highlightOnHover
          headings={[
            t('admin.agencies.name'),
            t('admin.agencies.type'),
            t('admin.agencies.province'),
            t('admin.status.label'),
            t('admin.actions'),
          ]}
          rows={paged.pageItems}
          rowKey={(agency) => agency.id}
          cells={(agency) => {
            const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
            return (
              <>
                <Table.Td>
                  <Text fw={600}>{agency.name}</Text>
                  {parent && (
                    <Text size="sm" c="dimmed">
                      {t('admin.agencies.under', { parent: parent.name })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{agencyTypeLabel(t, agency.typeCode, typeName.get(agency.typeCode))}</Table.Td>
                <Table.Td>{provinceName.get(agency.provinceCode) ?? agency.provinceCode}</Table.Td>
                <Table.Td>
                  <StatusBadge disabled={agency.disabled} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Button size="sm" variant="light" onClick={() => setOfficesOf(agency)}>
                      {t('admin.agencies.offices')}
                    </Button>
                    {canManage && (
                      <Button size="sm" variant="default" onClick={() => setRenaming(agency)}>
                        {t('admin.agencies.rename')}
                      </Button>
                    )}
                    {canManage && (
                      <Button
                        size="sm"
                        variant="default"
                        color={agency.disabled ? undefined : 'red'}
                        onClick={() => {
                          toggle.reset();
                          setToggling(agency);
                        }}
                      >
                        {agency.disabled ? t('admin.enable') : t('admin.disable')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </>
            );
          }}
        />
      )}
      {shown.length > 0 && <ListPager page={paged.page} pages={paged.pages} setPage={paged.setPage} />}
      <AgencyTypeSettings />
      <ReferralWindowsSettings />
      <AgencyFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        agencies={agencies.data ?? []}
        onCreated={(agency) => {
          setCreating(false);
          setCreated(agency);
        }}
      />
      <OfficesModal agency={officesOf} onClose={() => setOfficesOf(null)} />
      <RenameAgencyModal agency={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        opened={toggling !== null}
        title={
          toggling?.disabled
            ? t('admin.agencies.enableTitle', { name: toggling.name })
            : t('admin.agencies.disableTitle', { name: toggling?.name ?? '' })
        }
        text={toggling?.disabled ? t('admin.agencies.enableText') : t('admin.agencies.disableText')}
        confirmLabel={toggling?.disabled ? t('admin.enable') : t('admin.disable')}
        danger={!toggling?.disabled}
        pending={toggle.isPending}
        error={toggle.error?.message}
        onConfirm={() => toggling && toggle.mutate(toggling)}
        onClose={() => setToggling(null)}
      />
    </Stack>
  );
}

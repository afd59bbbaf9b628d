import { foldVietnamese, type UserView } from '@lantern/domain';
import { Button, Group, NativeSelect, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { ErrorAlert } from '../shared/Alerts';
import { DataTable } from '../shared/DataTable';
import { EmptyState, ListCount } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { ListPager, usePage } from '../shell/ListPager';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { type AgencyOption, CreateUserModal } from './CreateUserModal';
import { roleLabel } from './labels';
import { type SetupLink, USER_ADMIN_PERMISSIONS, useAgencies, useRoles, useUsers } from './queries';
import { SetupLinkDialog } from './SetupLinkDialog';
import { MfaBadge, StatusBadge } from './StatusBadge';
import { StatusFilterSelect } from './StatusFilterSelect';

export function UsersPage() {
  return (
    <RequireSession anyOf={USER_ADMIN_PERMISSIONS}>
      <Users />
    </RequireSession>
  );
}

type StatusFilter = 'active' | 'disabled' | 'no_mfa' | 'all';

/** The agencies an administrator may put users in: every active one, or only their own. */
export function useAgencyOptions(): AgencyOption[] {
  const session = useActiveSession();
  const all = hasPermission(session, 'admin.users.manage_all');
  const agencies = useAgencies(all);
  return useMemo(() => {
    if (!all || !agencies.data) return [{ value: session.user.agency.id, label: session.user.agency.name }];
    return agencies.data
      .filter((agency) => !agency.disabled)
      .map((agency) => ({ value: agency.id, label: agency.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  }, [all, agencies.data, session.user.agency]);
}

function Users() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const users = useUsers();
  const roles = useRoles();
  const agencyOptions = useAgencyOptions();
  const [search, setSearch] = useState('');
  const [agencyFilter, setAgencyFilter] = useState('');
  const [roleFilter, setRoleFilter] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ user: UserView; link: SetupLink } | null>(null);

  const shown = useMemo(() => {
    const needle = foldVietnamese(search);
    return (users.data ?? [])
      .filter((user) => {
        if (status === 'active' && user.disabled) return false;
        if (status === 'disabled' && !user.disabled) return false;
        if (status === 'no_mfa' && (user.mfaEnrolled || user.disabled)) return false;
        if (agencyFilter && user.agencyId !== agencyFilter) return false;
        if (roleFilter && !user.roles.includes(roleFilter)) return false;
        return needle === '' || foldVietnamese(`${user.displayName} ${user.username}`).includes(needle);
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
  }, [users.data, search, status, agencyFilter, roleFilter]);
  const paged = usePage(shown, 50, [search, status, agencyFilter, roleFilter]);

  const agenciesInList = useMemo(() => {
    const seen = new Map<string, string>();
    for (const user of users.data ?? []) seen.set(user.agencyId, user.agencyName);
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  }, [users.data]);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.users.title')}
        intro={t('admin.users.intro')}
        action={<Button onClick={() => setCreating(true)}>{t('admin.users.add')}</Button>}
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('admin.users.search')}
          placeholder={t('admin.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        {agenciesInList.length > 1 && (
          <NativeSelect
            label={t('admin.users.agency')}
            size="md"
            value={agencyFilter}
            onChange={(event) => setAgencyFilter(event.currentTarget.value)}
            data={[{ value: '', label: t('admin.all') }, ...agenciesInList]}
            maw={320}
          />
        )}
        <NativeSelect
          label={t('admin.users.role')}
          size="md"
          value={roleFilter}
          onChange={(event) => setRoleFilter(event.currentTarget.value)}
          data={[
            { value: '', label: t('admin.all') },
            ...(roles.data ?? []).map((role) => ({
              value: role.code,
              label: roleLabel(t, role.code, role.label),
            })),
          ]}
        />
        <StatusFilterSelect
          value={status}
          onChange={setStatus}
          extra={[{ value: 'no_mfa', label: t('admin.users.filterNoMfa') }]}
        />
      </Group>
      {users.isPending && <Skeleton height={200} />}
      <ErrorAlert message={users.error?.message} />
      {users.data && (
        <ListCount>{t('admin.users.count', { count: shown.length, total: users.data.length })}</ListCount>
      )}
      {users.data && shown.length === 0 && (
        <EmptyState dimmed={false}>
          {users.data.length === 0 ? t('admin.users.empty') : t('admin.noMatch')}
        </EmptyState>
      )}
      {shown.length > 0 && (
        <DataTable
          minWidth={820}
          testId="users-table"
          highlightOnHover
          headings={[
            t('admin.users.person'),
            t('admin.users.agency'),
            t('admin.users.roles'),
            t('admin.status.label'),
            t('admin.users.lastSignIn'),
          ]}
          rows={paged.pageItems}
          rowKey={(user) => user.id}
          cells={(user) => (
            <>
              <Table.Td>
                <AnchorLink to="/admin/users/$userId" params={{ userId: user.id }} fw={600}>
                  {user.displayName}
                </AnchorLink>
                <Text size="sm" c="dimmed" dir="ltr" ta="start">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td>{user.agencyName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <ToneBadge key={role} tone="info">
                      {roleLabel(t, role)}
                    </ToneBadge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StatusBadge disabled={user.disabled} />
                  <MfaBadge enrolled={user.mfaEnrolled} />
                </Stack>
              </Table.Td>
              <Table.Td>
                {user.lastSignInAt
                  ? formatDateTime(user.lastSignInAt, locale)
                  : t('admin.users.neverSignedIn')}
              </Table.Td>
            </>
          )}
        />
      )}
      {shown.length > 0 && <ListPager page={paged.page} pages={paged.pages} setPage={paged.setPage} />}
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        agencyOptions={agencyOptions}
        onCreated={(user, link) => {
          setCreating(false);
          setCreated({ user, link });
        }}
      />
      <SetupLinkDialog
        link={created?.link ?? null}
        user={created?.user ?? null}
        isNewAccount
        onClose={() => setCreated(null)}
      />
    </Stack>
  );
}

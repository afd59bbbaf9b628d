import type { AgencyView, UserView } from '@lantern/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';

export interface Office {
  id: string;
  agencyId: string;
  name: string;
}
export interface AgencyType {
  code: string;
  label: string;
  /** Whether its agencies do case work; those that do not hand new cases over at registration. */
  carriesCases: boolean;
}
export interface RoleView {
  code: string;
  label: string;
  permissions: string[];
}
export interface SetupLink {
  token: string;
  expiresAt: string;
}

export const USER_ADMIN_PERMISSIONS = ['admin.users.manage_all', 'admin.users.manage_own_agency'];

export const adminKeys = {
  agencies: ['admin', 'agencies'] as const,
  agencyTypes: ['admin', 'agency-types'] as const,
  offices: (agencyId: string) => ['admin', 'offices', agencyId] as const,
  roles: ['admin', 'roles'] as const,
  users: ['admin', 'users'] as const,
  user: (id: string) => ['admin', 'users', id] as const,
};

export function useAgencies(enabled = true) {
  return useQuery({
    queryKey: adminKeys.agencies,
    queryFn: () => api<AgencyView[]>('/api/admin/agencies'),
    enabled,
  });
}

export function useAgencyTypes() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...adminKeys.agencyTypes, i18n.language],
    queryFn: () => api<AgencyType[]>('/api/admin/agency-types'),
    staleTime: 10 * 60_000,
  });
}

export function useOffices(agencyId: string | null) {
  return useQuery({
    queryKey: adminKeys.offices(agencyId ?? ''),
    queryFn: () => api<Office[]>(`/api/admin/agencies/${encodeURIComponent(agencyId ?? '')}/offices`),
    enabled: agencyId !== null && agencyId !== '',
  });
}

export function useRoles() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...adminKeys.roles, i18n.language],
    queryFn: () => api<RoleView[]>('/api/admin/roles'),
    staleTime: 10 * 60_000,
  });
}

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => api<UserView[]>('/api/admin/users') });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: adminKeys.user(id),
    queryFn: () => api<UserView>(`/api/admin/users/${encodeURIComponent(id)}`),
    retry: (count, error) =>
      count < 1 && !('status' in error && (error.status === 404 || error.status === 403)),
  });
}

import type { AgencyServices, PublishServiceInput, ServiceEntry, ServiceSearch } from '@lantern/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { DirectorySearch } from './search';

export const SEARCH_LIMIT = 30;

const directoryKeys = {
  all: ['directory'] as const,
  search: (search: DirectorySearch) => ['directory', 'search', search] as const,
  agency: (id: string) => ['directory', 'agency', id] as const,
};

export function useServiceSearch(search: DirectorySearch) {
  return useQuery({
    queryKey: directoryKeys.search(search),
    queryFn: () => {
      const params = new URLSearchParams({ limit: String(SEARCH_LIMIT) });
      if (search.service) params.set('service', search.service);
      if (search.province) params.set('province', search.province);
      if (search.age !== undefined) params.set('age', String(search.age));
      if (search.sex) params.set('sex', search.sex);
      if (search.foreign) params.set('foreign', 'true');
      if (search.language) params.set('language', search.language);
      return api<ServiceSearch>(`/api/directory/services?${params}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useAgencyServices(agencyId: string) {
  return useQuery({
    queryKey: directoryKeys.agency(agencyId),
    queryFn: () => api<AgencyServices>(`/api/directory/agencies/${agencyId}/services`),
  });
}

const servicePath = (code: string) => `/api/directory/services/${encodeURIComponent(code)}`;

/** Publishing or withdrawing changes both the agency's list and every search that may show it. */
export function usePublishService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, entry }: { code: string; entry: PublishServiceInput }) =>
      api<ServiceEntry>(servicePath(code), { method: 'PUT', body: entry }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export function useWithdrawService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<void>(servicePath(code), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

import type { CorrectPersonInput, PersonCorrected, PersonRecord } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { caseKeys } from './queries';

const personPath = (id: string) => `/api/cases/${encodeURIComponent(id)}/person`;

/** The person as it stands, read when a correction is opened (its version guards against a lost update). */
export function usePersonRecord(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.part(id, 'person'),
    queryFn: () => api<PersonRecord>(personPath(id)),
    enabled,
    retry: false,
    // Always the latest version when the dialog opens, never a cached one.
    staleTime: 0,
    gcTime: 0,
  });
}

/** After a correction the case (its identity) and its timeline are read again. */
export function useCorrectPerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CorrectPersonInput) =>
      api<PersonCorrected>(personPath(id), { method: 'PATCH', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
    },
  });
}

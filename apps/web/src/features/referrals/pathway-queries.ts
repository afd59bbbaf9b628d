import type { CasePathway, Pathway, PathwayInput, StartPathwayInput } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { caseKeys } from '../cases/queries';
import { referralKeys } from './keys';

export const pathwayKeys = { all: ['pathways'] as const };

const retryUnlessRefused = (count: number, error: Error) =>
  count < 1 && !(error instanceof ApiError && [400, 401, 403, 404].includes(error.status));

/** The national pathways and the reader's province's, active ones first. */
export function usePathways(enabled = true) {
  return useQuery({
    queryKey: pathwayKeys.all,
    queryFn: () => api<Pathway[]>('/api/pathways'),
    enabled,
    staleTime: 5 * 60_000,
    retry: retryUnlessRefused,
  });
}

export function useCasePathways(caseId: string) {
  return useQuery({
    queryKey: caseKeys.part(caseId, 'pathways'),
    queryFn: () => api<CasePathway[]>(`/api/cases/${encodeURIComponent(caseId)}/pathways`),
    retry: retryUnlessRefused,
  });
}

/** Starting a pathway sends a referral per step: the case's referrals, timeline and the outbox all move. */
export function useStartPathway(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartPathwayInput) =>
      api<CasePathway>(`/api/cases/${encodeURIComponent(caseId)}/pathways`, { method: 'POST', body: input }),
    onSuccess: () => {
      for (const part of ['pathways', 'referrals', 'timeline'])
        void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, part) });
      void queryClient.invalidateQueries({ queryKey: referralKeys.lists });
    },
  });
}

export type SavePathway = { id: string | null; input: PathwayInput & { active?: boolean } };

export function useSavePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: SavePathway) =>
      id
        ? api<Pathway>(`/api/pathways/${encodeURIComponent(id)}`, { method: 'PUT', body: input })
        : api<Pathway>('/api/pathways', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pathwayKeys.all }),
  });
}

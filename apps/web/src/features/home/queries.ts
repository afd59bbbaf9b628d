import type { ReferralList, Worklist } from '@lantern/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { referralKeys } from '../referrals/keys';
import { taskKeys } from '../tasks/queries';

/** The home's lists, read again when the window comes back (a worker returns to it between visits). */
export function useWorklist(enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.worklist,
    queryFn: () => api<Worklist>('/api/worklist'),
    enabled,
    staleTime: 30_000,
  });
}

/** Incoming referrals still waiting for an answer, the most pressing first (the inbox's own order). */
export function useWaitingReferrals(enabled: boolean) {
  const search = { direction: 'incoming', status: 'sent', limit: '20' } as const;
  return useQuery({
    queryKey: [...referralKeys.lists, 'home'],
    queryFn: () => api<ReferralList>(`/api/referrals?${new URLSearchParams(search)}`),
    enabled,
    staleTime: 30_000,
  });
}

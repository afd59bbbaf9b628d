import type { ReferralCounts } from '@lantern/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { ReferralsSearch } from './search';

// Kept apart from queries.ts: the navigation reads the counts on every page, so this file stays small.
export const referralKeys = {
  all: ['referrals'] as const,
  lists: ['referrals', 'list'] as const,
  list: (search: ReferralsSearch) => ['referrals', 'list', search] as const,
  counts: ['referrals', 'counts'] as const,
  detail: (id: string) => ['referrals', 'detail', id] as const,
};

/** "Action needed" for the navigation, read again every two minutes and whenever the window comes back. */
export function useReferralCounts(enabled: boolean) {
  return useQuery({
    queryKey: referralKeys.counts,
    queryFn: () => api<ReferralCounts>('/api/referrals/counts'),
    enabled,
    refetchInterval: 120_000,
    staleTime: 30_000,
    retry: false,
  });
}

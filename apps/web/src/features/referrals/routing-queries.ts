import type {
  ReferralDetail,
  ReferralSupervision,
  ReferralWindowsInput,
  ReferralWindowsView,
  RerouteReferralInput,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { referralKeys, useReferralChanged } from './queries';

const supervisionKey = ['referrals', 'supervision'] as const;
const windowsKey = ['referral-windows'] as const;

/** The supervisor's view: read again every minute, as deadlines pass while it is open. */
export function useReferralSupervision() {
  return useQuery({
    queryKey: supervisionKey,
    queryFn: () => api<ReferralSupervision>('/api/referral-supervision'),
    refetchInterval: 60_000,
  });
}

/** Re-routing a declined or expired referral: the old one, the new one, the lists and the supervisor's view. */
export function useReroute(referral: { id: string; caseId: string | null }) {
  const changed = useReferralChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RerouteReferralInput) =>
      api<ReferralDetail>(`/api/referrals/${encodeURIComponent(referral.id)}/reroute`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (detail) => {
      changed(referral.caseId, detail);
      void queryClient.invalidateQueries({ queryKey: referralKeys.detail(referral.id) });
      void queryClient.invalidateQueries({ queryKey: supervisionKey });
    },
  });
}

/** The answer and completion windows new referrals get (the installation's, or the built-in defaults). */
export function useReferralWindows() {
  return useQuery({
    queryKey: windowsKey,
    queryFn: () => api<ReferralWindowsView>('/api/referral-windows'),
    staleTime: 5 * 60_000,
  });
}

export function useSetReferralWindows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralWindowsInput) =>
      api<ReferralWindowsView>('/api/admin/referral-windows', { method: 'PUT', body: input }),
    onSuccess: (view) => queryClient.setQueryData(windowsKey, view),
  });
}

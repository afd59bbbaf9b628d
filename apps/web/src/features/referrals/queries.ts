import type {
  Referral,
  ReferralDetail,
  ReferralList,
  ScreeningRecipient,
  SendReferralInput,
  SendScreeningInput,
} from '@lantern/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { caseKeys } from '../cases/queries';
import { referralKeys } from './keys';
import type { ReferralsSearch } from './search';

export { referralKeys };

export const PAGE_SIZE = 25;

/** A missing or refused referral is not worth asking again; a dropped connection is. */
const retryUnlessRefused = (count: number, error: Error) =>
  count < 1 && !(error instanceof ApiError && [400, 401, 403, 404].includes(error.status));

const referralPath = (id: string, rest = '') => `/api/referrals/${encodeURIComponent(id)}${rest}`;

export function useReferrals(search: ReferralsSearch) {
  return useQuery({
    queryKey: referralKeys.list(search),
    queryFn: () => {
      const page = search.page ?? 1;
      const params = new URLSearchParams({
        direction: search.direction ?? 'incoming',
        status: search.status ?? 'open',
        limit: String(PAGE_SIZE),
        offset: String((page - 1) * PAGE_SIZE),
      });
      if (search.overdue) params.set('overdue', 'true');
      if (search.kind) params.set('kind', search.kind);
      return api<ReferralList>(`/api/referrals?${params}`);
    },
    placeholderData: keepPreviousData,
    // Deadlines move and other people answer: an open inbox reads itself again every minute.
    refetchInterval: 60_000,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: referralKeys.detail(id),
    queryFn: () => api<ReferralDetail>(referralPath(id)),
    retry: retryUnlessRefused,
  });
}

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: caseKeys.part(caseId, 'referrals'),
    queryFn: () => api<Referral[]>(`/api/cases/${encodeURIComponent(caseId)}/referrals`),
    retry: retryUnlessRefused,
  });
}

/** After a referral moved: the inbox, the counts, the referral, and the case's referrals and timeline. */
export function useReferralChanged() {
  const queryClient = useQueryClient();
  return (caseId: string | null, detail?: ReferralDetail) => {
    if (detail) queryClient.setQueryData(referralKeys.detail(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: referralKeys.lists });
    void queryClient.invalidateQueries({ queryKey: referralKeys.counts });
    // A screening referral has no case yet.
    if (caseId === null) return;
    void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'referrals') });
    void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'timeline') });
  };
}

export type ReferralStep =
  | { action: 'accept' | 'start' }
  | { action: 'decline'; reason: string; note?: string }
  | { action: 'complete'; outcome: string; note?: string }
  | { action: 'revoke'; note?: string };

/**
 * One step on a referral. When someone else moved it first (409), the referral is read again so the page
 * shows where it stands now; the caller shows the server's words.
 */
export function useReferralStep(referral: Pick<Referral, 'id' | 'caseId'>) {
  const changed = useReferralChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, ...body }: ReferralStep) =>
      api<ReferralDetail>(referralPath(referral.id, `/${action}`), { method: 'POST', body }),
    onSuccess: (detail) => changed(referral.caseId, detail),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: referralKeys.detail(referral.id) });
        changed(referral.caseId);
      }
    },
  });
}

export function useSendReferral(caseId: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (input: SendReferralInput) =>
      api<ReferralDetail>(`/api/cases/${encodeURIComponent(caseId)}/referrals`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (detail) => changed(caseId, detail),
  });
}

/** The agency a screening goes to by default (the province's competent one), for the send dialog. */
export function useScreeningRecipient(screeningId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['screenings', screeningId, 'recipient'],
    queryFn: () => api<ScreeningRecipient>(`/api/screenings/${encodeURIComponent(screeningId)}/recipient`),
    enabled,
    retry: retryUnlessRefused,
  });
}

export function useSendScreening(screeningId: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (input: SendScreeningInput) =>
      api<ReferralDetail>(`/api/screenings/${encodeURIComponent(screeningId)}/referrals`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (detail) => changed(null, detail),
  });
}

/** A screening sent here belongs to a case the agency already has: link it there and complete the hand-off. */
export function useAttachScreening(referralId: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (caseId: string) =>
      api<ReferralDetail>(`/api/referrals/${encodeURIComponent(referralId)}/attach`, {
        method: 'POST',
        body: { caseId },
      }),
    onSuccess: (detail, caseId) => changed(caseId, detail),
  });
}

import type {
  ApprovalStatus,
  ApprovalView,
  CaseSupport,
  CreateSupportPlanInput,
  DeliveryView,
  EvidenceLinkView,
  RecordDeliveryInput,
  SupportPlanView,
  SupportRateInput,
  SupportRateView,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { caseKeys } from '../cases/queries';

const casePath = (id: string, rest: string) => `/api/cases/${encodeURIComponent(id)}${rest}`;
export const supportKeys = {
  approvals: (status: ApprovalStatus) => ['support', 'approvals', status] as const,
  rates: ['support', 'rates'] as const,
};

export function useCaseSupport(caseId: string) {
  return useQuery({
    queryKey: caseKeys.part(caseId, 'support'),
    queryFn: () => api<CaseSupport>(casePath(caseId, '/support')),
  });
}

/** A change to the case's support: the support part, the timeline and the approvals list are read again. */
function useSupportChange<Input, Output>(caseId: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'support') });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'timeline') });
      void queryClient.invalidateQueries({ queryKey: ['support', 'approvals'] });
    },
  });
}

export const useCreatePlan = (caseId: string) =>
  useSupportChange(caseId, (input: CreateSupportPlanInput) =>
    api<SupportPlanView>(casePath(caseId, '/support-plans'), { method: 'POST', body: input }),
  );

export const useReviewPlan = (caseId: string) =>
  useSupportChange(caseId, (input: { planId: string; reviewOn: string | null }) =>
    api<SupportPlanView>(casePath(caseId, `/support-plans/${encodeURIComponent(input.planId)}`), {
      method: 'PATCH',
      body: { reviewOn: input.reviewOn },
    }),
  );

export const useRequestPlanClosure = (caseId: string) =>
  useSupportChange(caseId, (input: { planId: string; reason: string }) =>
    api<ApprovalView>(
      casePath(caseId, `/support-plans/${encodeURIComponent(input.planId)}/closure-request`),
      {
        method: 'POST',
        body: { reason: input.reason },
      },
    ),
  );

export const useRecordDelivery = (caseId: string) =>
  useSupportChange(caseId, (input: RecordDeliveryInput) =>
    api<DeliveryView>(casePath(caseId, '/support-deliveries'), { method: 'POST', body: input }),
  );

export const useRequestApproval = (caseId: string) =>
  useSupportChange(caseId, (deliveryId: string) =>
    api<ApprovalView>(
      casePath(caseId, `/support-deliveries/${encodeURIComponent(deliveryId)}/approval-request`),
      { method: 'POST' },
    ),
  );

export function useApprovals(status: ApprovalStatus) {
  return useQuery({
    queryKey: supportKeys.approvals(status),
    queryFn: () => api<ApprovalView[]>(`/api/support/approvals?status=${status}`),
  });
}

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { approval: ApprovalView; decision: 'approve' | 'reject'; reason?: string }) =>
      api<ApprovalView>(`/api/support/approvals/${encodeURIComponent(input.approval.id)}/${input.decision}`, {
        method: 'POST',
        body: input.reason ? { reason: input.reason } : {},
      }),
    onSuccess: (_answer, input) => {
      void queryClient.invalidateQueries({ queryKey: ['support', 'approvals'] });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(input.approval.caseId, 'support') });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(input.approval.caseId, 'timeline') });
    },
  });
}

export function useSupportRates() {
  return useQuery({
    queryKey: supportKeys.rates,
    queryFn: () => api<SupportRateView[]>('/api/support/rates'),
  });
}

export function useAddRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupportRateInput) =>
      api<SupportRateView>('/api/support/rates', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportKeys.rates }),
  });
}

export const useLinkEvidence = (caseId: string) =>
  useSupportChange(caseId, (input: { deliveryId: string; attachmentId: string }) =>
    api<EvidenceLinkView>(
      casePath(caseId, `/support-deliveries/${encodeURIComponent(input.deliveryId)}/evidence`),
      { method: 'POST', body: { attachmentId: input.attachmentId } },
    ),
  );

export const useUnlinkEvidence = (caseId: string) =>
  useSupportChange(caseId, (input: { deliveryId: string; attachmentId: string }) =>
    api<EvidenceLinkView>(
      casePath(
        caseId,
        `/support-deliveries/${encodeURIComponent(input.deliveryId)}/evidence/${encodeURIComponent(input.attachmentId)}`,
      ),
      { method: 'DELETE' },
    ),
  );

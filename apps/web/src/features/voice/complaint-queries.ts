import type {
  ComplaintDetail,
  ComplaintPublicStatus,
  ComplaintReceipt,
  ComplaintStepInput,
  ComplaintSummary,
  FileComplaintInput,
  PublicAgencyList,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const complaintKeys = {
  all: ['complaints'] as const,
  agencies: ['complaints', 'agencies'] as const,
  list: (closed: boolean) => ['complaints', 'list', closed] as const,
  one: (id: string) => ['complaints', 'one', id] as const,
};

export function useComplaintAgencies() {
  return useQuery({
    queryKey: complaintKeys.agencies,
    queryFn: () => api<PublicAgencyList>('/api/complaints/agencies'),
    staleTime: 60 * 60 * 1000,
  });
}

export function useFileComplaint() {
  return useMutation({
    mutationFn: (input: FileComplaintInput) =>
      api<ComplaintReceipt>('/api/complaints', { method: 'POST', body: input }),
  });
}

export function useCheckComplaint() {
  return useMutation({
    mutationFn: (receiptCode: string) =>
      api<ComplaintPublicStatus>('/api/complaints/status', { method: 'POST', body: { receiptCode } }),
  });
}

export function useComplaints(closed: boolean) {
  return useQuery({
    queryKey: complaintKeys.list(closed),
    queryFn: () =>
      api<{ items: ComplaintSummary[] }>(closed ? '/api/complaints?status=closed' : '/api/complaints'),
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKeys.one(id),
    queryFn: () => api<ComplaintDetail>(`/api/complaints/${id}`),
  });
}

export function useComplaintStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ComplaintStepInput) =>
      api<ComplaintDetail>(`/api/complaints/${id}/steps`, { method: 'POST', body: input }),
    onSuccess: (detail) => {
      queryClient.setQueryData(complaintKeys.one(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['complaints', 'list'] });
    },
  });
}

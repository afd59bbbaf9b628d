import type {
  IndicatorSummary,
  IndicatorTargetView,
  ReportJobView,
  RequestReviewReportInput,
  SetIndicatorTargetsInput,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const reportKeys = {
  mine: ['reports', 'mine'] as const,
  targets: ['indicator-targets'] as const,
  catalogue: ['indicators', 'catalogue'] as const,
};

/** How often the list is read again while a report is being built: progress moves in seconds. */
const POLL_MS = 2000;

export function useMyReports() {
  return useQuery({
    queryKey: reportKeys.mine,
    queryFn: () => api<{ reports: ReportJobView[] }>('/api/reports'),
    refetchInterval: (query) =>
      query.state.data?.reports.some((job) => job.status === 'queued' || job.status === 'running')
        ? POLL_MS
        : false,
  });
}

export function useRequestReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestReviewReportInput) =>
      api<ReportJobView>('/api/reports/review', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.mine }),
  });
}

export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: reportKeys.catalogue,
    queryFn: () => api<{ indicators: IndicatorSummary[] }>('/api/indicators'),
  });
}

export function useIndicatorTargets() {
  return useQuery({
    queryKey: reportKeys.targets,
    queryFn: () => api<{ targets: IndicatorTargetView[] }>('/api/indicator-targets'),
  });
}

export function useSetIndicatorTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: SetIndicatorTargetsInput }) =>
      api<{ targets: IndicatorTargetView[] }>(`/api/indicators/${encodeURIComponent(code)}/targets`, {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportKeys.targets });
      void queryClient.invalidateQueries({ queryKey: reportKeys.catalogue });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { DuplicateDecision, DuplicatePair, DuplicateStatus } from './duplicates';

export const duplicateKeys = {
  all: ['duplicates'] as const,
  list: (status: DuplicateStatus) => ['duplicates', status] as const,
};

export function useDuplicates(status: DuplicateStatus) {
  return useQuery({
    queryKey: duplicateKeys.list(status),
    queryFn: () => api<DuplicatePair[]>(`/api/duplicates?status=${status}`),
  });
}

/** A scan or a decision changes what every tab shows. */
export function useScanDuplicates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ scanned: number; pairs: number }>('/api/duplicates/scan', { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}

export function useDecideDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; decision: DuplicateDecision }) =>
      api<{ id: string; status: DuplicateStatus }>(
        `/api/duplicates/${encodeURIComponent(input.id)}/${input.decision}`,
        { method: 'POST' },
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}

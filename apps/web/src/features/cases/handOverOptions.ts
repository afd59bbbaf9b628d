import type { HandOverOptions } from '@lantern/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Whether the user's agency carries cases and, if not, to whom a new case can go; read once per session. */
export function useHandOverOptions() {
  return useQuery({
    queryKey: ['coordination', 'hand-over-options'],
    queryFn: () => api<HandOverOptions>('/api/coordination/hand-over-options'),
    staleTime: 10 * 60_000,
  });
}

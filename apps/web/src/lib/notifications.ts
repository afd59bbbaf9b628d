import { useQuery } from '@tanstack/react-query';
import { api } from './api';

export interface Notification {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  data: Record<string, unknown>;
}

export const notificationsKey = ['notifications'] as const;

/** The signed-in user's notifications (newest first); read when a page needs them, not polled. */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api<Notification[]>('/api/notifications'),
    staleTime: 60_000,
    enabled,
  });
}

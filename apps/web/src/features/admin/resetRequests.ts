import type { ResetNotice, ResetRequestView } from '@lantern/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import type { Notification } from '../../lib/notifications';
import type { Tone } from '../shell/ToneBadge';
import type { SetupLink } from './queries';

export interface ResetDecision {
  request: ResetRequestView;
  passwordSetup: SetupLink | null;
}

export const resetKeys = {
  pending: ['reset-requests', 'pending'] as const,
  ofUser: (id: string) => ['reset-requests', 'user', id] as const,
  notice: ['reset-notice'] as const,
};

export const statusTone: Record<ResetRequestView['status'], Tone> = {
  pending: 'warning',
  performed: 'positive',
  refused: 'neutral',
  expired: 'neutral',
};

/** Requests the signed-in supervisor or administrator may decide on. */
export function usePendingResets(enabled: boolean) {
  return useQuery({
    queryKey: resetKeys.pending,
    queryFn: () => api<ResetRequestView[]>('/api/reset-requests'),
    enabled,
  });
}

export function useUserResets(userId: string) {
  return useQuery({
    queryKey: resetKeys.ofUser(userId),
    queryFn: () => api<ResetRequestView[]>(`/api/admin/users/${encodeURIComponent(userId)}/reset-requests`),
  });
}

/** Whether administrators reset this account and its holder has not set it up again yet. */
export function useResetNotice() {
  return useQuery({
    queryKey: resetKeys.notice,
    queryFn: () => api<ResetNotice>('/api/account/reset-notice'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

const RESET_KINDS = new Set(['reset_requested', 'reset_refused', 'account_reset']);

/** The words of an account-recovery notification, or null for other kinds. */
export function describeResetNotification(notification: Notification, t: TFunction): string | null {
  if (!RESET_KINDS.has(notification.kind)) return null;
  const data = notification.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '—');
  return t(`accountRecovery.notifications.${notification.kind}`, {
    kind: t(`accountRecovery.kind.${text('kind')}`, { defaultValue: text('kind') }),
    kindText: t(`accountRecovery.kindInText.${text('kind')}`, { defaultValue: text('kind') }),
    username: text('username'),
    requester: text('requestedBy'),
    approver: text('approvedBy'),
    name: text('refusedBy'),
    time: typeof data.performedAt === 'string' ? formatDateTime(data.performedAt, currentLocale()) : '—',
  });
}

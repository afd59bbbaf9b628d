import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/notifications';

/** A support approval's notification in words, naming the case by its code (nothing about the person). */
export function describeSupportNotification(
  notification: Pick<Notification, 'kind' | 'data'>,
  t: TFunction,
): string | null {
  const code = typeof notification.data.caseCode === 'string' ? notification.data.caseCode : '—';
  if (notification.kind === 'support_approval_requested')
    return t('support.notifications.support_approval_requested', { code });
  if (notification.kind === 'support_approval_decided') {
    const decision = notification.data.decision === 'approved' ? 'approved' : 'rejected';
    return t(`support.notifications.support_approval_decided.${decision}`, { code });
  }
  return null;
}

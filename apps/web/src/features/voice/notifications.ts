import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/notifications';
import { formatDayMonthYear } from '../reference/dates';

/** A new complaint for the officer, in words (its category and deadline; never its content); null otherwise. */
export function describeComplaintNotification(
  notification: Pick<Notification, 'kind' | 'data'>,
  t: TFunction,
): string | null {
  if (notification.kind !== 'complaint_received') return null;
  const { category, dueOn } = notification.data;
  return t('voice.notifications.complaint_received', {
    category: typeof category === 'string' ? t(`voice.complaint.categories.${category}`) : '—',
    date: typeof dueOn === 'string' ? formatDayMonthYear(dueOn) : '—',
  });
}

import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/notifications';

const KINDS = ['task_assigned', 'task_due', 'task_overdue'] as const;

/** A task notification in words, naming the case by its code (never the task's sealed title); null otherwise. */
export function describeTaskNotification(
  notification: Pick<Notification, 'kind' | 'data'>,
  t: TFunction,
): string | null {
  const kind = KINDS.find((known) => known === notification.kind);
  if (!kind) return null;
  const code = notification.data.caseCode;
  return t(`worklist.notifications.${kind}`, { code: typeof code === 'string' ? code : '—' });
}

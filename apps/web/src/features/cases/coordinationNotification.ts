import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/notifications';

/**
 * A request to coordinate in words, with the case it leads to (where the supervisor shares or refers it); null
 * for any other kind. It names the asking agency, its contact and the case code, never the person.
 */
export function describeCoordinationNotification(
  notification: Pick<Notification, 'kind' | 'data'>,
  t: TFunction,
): { text: string; caseId: string | null } | null {
  if (notification.kind !== 'coordination_requested') return null;
  const data = notification.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '—');
  const asked = t('coordination.notification.text', {
    from: text('fromAgencyName'),
    code: text('caseCode'),
    contact: text('contact'),
  });
  const message =
    typeof data.reason === 'string' && data.reason
      ? ` ${t('coordination.notification.message', { message: data.reason })}`
      : '';
  return { text: asked + message, caseId: typeof data.caseId === 'string' ? data.caseId : null };
}

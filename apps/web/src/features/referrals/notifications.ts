import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/notifications';

const KINDS = [
  'referral_received',
  'referral_answered',
  'referral_revoked',
  'referral_overdue',
  'referral_consent_override',
  'referral_ended_by_consent',
  'screening_received',
  'screening_acted_on',
  'referral_outcome_due',
] as const;

/**
 * A referral notification in words, with the referral it leads to; null for any other kind. The words name
 * the case by its code and the agencies by name, never the person.
 */
export function describeReferralNotification(
  notification: Pick<Notification, 'kind' | 'data'>,
  t: TFunction,
): { text: string; referralId: string | null } | null {
  const kind = KINDS.find((known) => known === notification.kind);
  if (!kind) return null;
  const data = notification.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '—');
  const values = { code: text('caseCode'), from: text('fromAgencyName'), to: text('toAgencyName') };
  const referralId = typeof data.referralId === 'string' ? data.referralId : null;
  if (kind === 'referral_answered') {
    const status = text('status');
    return {
      text: t(`referralsWeb.notifications.answered.${status}`, {
        ...values,
        defaultValue: t('referralsWeb.notifications.answered.other', values),
      }),
      referralId,
    };
  }
  if (kind === 'referral_overdue') {
    const level = data.level === 2 ? 2 : 1;
    return { text: t(`referralsWeb.notifications.overdue${level}`, values), referralId };
  }
  // An off-system referral past its deadline with no outcome recorded: the sender is reminded (once).
  if (kind === 'referral_outcome_due')
    return { text: t('referralRouting.notifications.referral_outcome_due', values), referralId };
  return { text: t(`referralsWeb.notifications.${kind}`, values), referralId };
}

import type { CaseDetail, ReferralSection } from '@lantern/domain';
import { type CaseTab, caseTabs } from './search';

/**
 * The tabs a reader may open on a case, from their permissions and how they reach it; the server decides
 * again for every part. An agency reached through a referral sees the profile and only the parts the sender
 * opened (the rest would answer 403), never the owner's tasks or shares.
 */
export function visibleTabs(
  permissions: readonly string[],
  detail: Pick<CaseDetail, 'access' | 'referralSections'>,
): CaseTab[] {
  const has = (...anyOf: string[]) => anyOf.some((permission) => permissions.includes(permission));
  const referral = detail.access === 'referral';
  const opened = (section: ReferralSection) => !referral || (detail.referralSections ?? []).includes(section);
  const working =
    referral || detail.access === 'agency' || detail.access === 'shared' || detail.access === 'break_glass';
  return caseTabs.filter((tab) => {
    switch (tab) {
      case 'details':
        return working && opened('journey');
      case 'notes':
        return working && opened('notes') && has('case.read_identity');
      // An agency reached by referral sees the support it is responsible for and records it (#18).
      case 'support':
        return (
          working && (referral ? has('case.update', 'support.manage') : has('case.read', 'case.break_glass'))
        );
      // The tasks and the reintegration follow-up are the owner's working record.
      case 'tasks':
      case 'reintegration':
        return working && !referral && has('case.read', 'case.break_glass');
      case 'attachments':
        return working && opened('attachments') && has('case.read', 'case.break_glass');
      case 'sharing':
        return detail.access === 'agency' && has('case.read');
      case 'referrals':
        return (
          (detail.access === 'agency' || referral) && has('referral.create', 'referral.respond', 'case.read')
        );
      case 'consent':
      case 'timeline':
        return has('case.read', 'case.read_province', 'case.break_glass');
      default:
        return true;
    }
  });
}

import type { CaseTab } from './search';

/** Which of the case's tabs a timeline line's kind belongs to, by the first part of the kind. */
const tabOfPrefix: Record<string, CaseTab> = {
  registered: 'summary',
  transition: 'summary',
  identity: 'person',
  profile: 'person',
  details: 'details',
  consent: 'consent',
  note: 'notes',
  task: 'tasks',
  attachment: 'attachments',
  referral: 'referrals',
  screening: 'referrals',
  share: 'sharing',
  support: 'support',
};

/**
 * The tab a line of the timeline is about, so the line is labelled with the tab's own name (and can lead
 * there): "Note added" sits under "Notes", as the case page calls it. Unknown kinds belong to no tab.
 */
export function tabOfTimelineKind(kind: string): CaseTab | null {
  return tabOfPrefix[kind.split('.')[0] ?? ''] ?? null;
}

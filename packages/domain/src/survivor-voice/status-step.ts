import type { CaseState } from '../cases/lifecycle';

/**
 * What the private status page may say about a case: one step of support, out of this closed list. It is
 * derived from the case's state and its latest live referral, never from free text, so nothing the worker
 * wrote about the person can reach the page.
 */
export const statusSteps = [
  'received',
  'under_verification',
  'identified',
  'not_victim',
  'receiving_support',
  'reintegration',
  'closed',
  'referral_sent',
  'referral_accepted',
  'referral_in_progress',
  'referral_completed',
] as const;
export type StatusStep = (typeof statusSteps)[number];

const referralSteps: Record<string, StatusStep> = {
  sent: 'referral_sent',
  accepted: 'referral_accepted',
  in_progress: 'referral_in_progress',
  completed: 'referral_completed',
};

export interface StatusFacts {
  caseState: CaseState;
  referralStatus: string | null;
}

/**
 * The step shown: a live or completed referral says more than the case state ("vocational training accepted"),
 * except once the case is closed or the person was found not to be a victim, when the state is the news.
 */
export function statusStepOf(facts: StatusFacts): StatusStep {
  const final = facts.caseState === 'closed' || facts.caseState === 'not_victim';
  const fromReferral = facts.referralStatus ? referralSteps[facts.referralStatus] : undefined;
  return !final && fromReferral ? fromReferral : facts.caseState;
}

import {
  escalationStep,
  isOpenReferral,
  nextReferralStatus,
  type ReferralAction,
  type ReferralStatus,
  type ReferralUrgency,
  referralDeadlines,
} from '../referrals/lifecycle';
import { chance, drawWeighted, type Random } from './random';
import { declineReasonsFor, type ReferralRoute } from './referral-routes';
import type { SyntheticReferralStep } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A referral's life, step by step, with the escalation run (every minute) acting between the steps. */
export class ReferralPlay {
  status: ReferralStatus = 'sent';
  level = 0;
  last: number;
  readonly steps: SyntheticReferralStep[] = [];
  answeredAt?: number;
  closedAt?: number;
  escalatedAt?: number;
  declineReason?: string;
  outcome?: string;

  constructor(
    readonly sentAt: number,
    readonly respondBy: number,
    readonly completeBy: number,
  ) {
    this.last = sentAt;
    this.push('referral.sent', sentAt, 'sender');
  }

  private push(kind: string, at: number, by: SyntheticReferralStep['by'], details = {}) {
    this.steps.push({ at: new Date(at).toISOString(), kind, by, details });
    this.last = at;
  }

  /** What the escalation run did up to `until`: escalations to level 1 and 2, and expiry when unanswered. */
  escalateUntil(until: number): void {
    for (let acted = true; acted && isOpenReferral(this.status); ) {
      acted = false;
      const window = this.respondBy - this.sentAt;
      const lateSince = this.status === 'sent' ? this.respondBy : this.completeBy;
      const moments = [lateSince, lateSince + window, this.completeBy]
        .map((moment) => moment + MINUTE)
        .filter((moment) => moment > this.last && moment <= until)
        .sort((a, b) => a - b);
      for (const moment of moments) {
        const clock = {
          status: this.status,
          sentAt: new Date(this.sentAt),
          respondBy: new Date(this.respondBy),
          completeBy: new Date(this.completeBy),
          escalationLevel: this.level,
        };
        const step = escalationStep(clock, new Date(moment));
        if (step === null) continue;
        if (step === 'expire') {
          this.status = 'expired';
          this.closedAt = moment;
          this.push('referral.expired', moment, 'system');
        } else {
          this.level = step;
          this.escalatedAt = moment;
          this.push('referral.escalated', moment, 'system');
        }
        acted = true;
        break;
      }
    }
  }

  /** One side's step at `at`, if the referral can still take it then. */
  act(action: ReferralAction, at: number, details: Record<string, string> = {}): boolean {
    this.escalateUntil(at);
    const when = Math.max(at, this.last + MINUTE);
    const next = nextReferralStatus(this.status, action);
    if (next === null) return false;
    this.status = next;
    if (action === 'accept' || action === 'decline') this.answeredAt = when;
    // Accepting starts the clock afresh for the work (move-referral.ts).
    if (action === 'accept') this.level = 0;
    if (!isOpenReferral(next)) this.closedAt = when;
    if (action === 'decline') this.declineReason = details.reason as string;
    if (action === 'complete') this.outcome = details.outcome as string;
    this.push(`referral.${action}`, when, action === 'revoke' ? 'sender' : 'recipient', details);
    return true;
  }
}

export const between = (random: Random, from: number, to: number) =>
  Math.round((from + random() * (to - from)) / MINUTE) * MINUTE;

const OUTCOMES: ReadonlyArray<[string, number]> = [
  ['vn.Delivered', 75],
  ['vn.PartlyDelivered', 18],
  ['vn.NotDelivered', 7],
];

/** Plays one referral until `end`: answered on time or late, declined, worked on, completed or revoked. */
export function play(
  random: Random,
  service: string,
  sentAt: number,
  urgency: ReferralUrgency,
  route: ReferralRoute,
  end: number,
  closesCase: boolean,
) {
  const custom = route.completeDays ? new Date(sentAt + route.completeDays * DAY) : undefined;
  const deadlines = referralDeadlines(urgency, new Date(sentAt), custom);
  const respondBy = deadlines.respondBy.getTime();
  const completeBy = deadlines.completeBy.getTime();
  const referral = new ReferralPlay(sentAt, respondBy, completeBy);
  const answerWindow = respondBy - sentAt;
  const plan: Array<[ReferralAction, number, Record<string, string>]> = [];
  const roll = random();
  if (roll < 0.03) plan.push(['revoke', between(random, sentAt + HOUR, respondBy), {}]);
  else if (roll >= 0.05) {
    // Most answer within the window; some late (after an escalation), a few never (they expire).
    const answerAt =
      roll < 0.27
        ? between(
            random,
            respondBy + 2 * MINUTE,
            respondBy + Math.max(answerWindow, (completeBy - respondBy) / 2),
          )
        : between(random, sentAt + 20 * MINUTE, respondBy - MINUTE);
    if (chance(random, service === 'vn.Shelter' ? 0.18 : 0.1)) {
      plan.push(['decline', answerAt, { reason: drawWeighted(random, declineReasonsFor(service)) }]);
    } else {
      plan.push(['accept', answerAt, {}]);
      const room = Math.max(HOUR, completeBy - answerAt);
      const startAt = between(random, answerAt + 10 * MINUTE, answerAt + Math.min(3 * DAY, room / 3));
      if (chance(random, 0.8)) plan.push(['start', startAt, {}]);
      const doneAt = chance(random, 0.7)
        ? between(random, startAt + HOUR, Math.max(startAt + HOUR, completeBy - HOUR))
        : between(
            random,
            completeBy + 2 * MINUTE,
            completeBy + Math.max(answerWindow, (completeBy - sentAt) / 2),
          );
      if (chance(random, 0.03)) plan.push(['revoke', between(random, startAt, doneAt), {}]);
      else plan.push(['complete', doneAt, { outcome: drawWeighted(random, OUTCOMES) }]);
    }
  }
  for (const [action, at, details] of plan) {
    if (at > end) break;
    referral.act(action, at, details);
  }
  referral.escalateUntil(end);
  if (closesCase && isOpenReferral(referral.status)) {
    // The case closed with the referral still open: the work stops where it is, or the sender withdraws it.
    const at = between(random, referral.last + MINUTE, Math.max(referral.last + MINUTE, end - MINUTE));
    if (referral.status === 'sent') referral.act('revoke', at);
    else
      referral.act('complete', at, {
        outcome: chance(random, 0.7) ? 'vn.PartlyDelivered' : 'vn.NotDelivered',
      });
  }
  return referral;
}

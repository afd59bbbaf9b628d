import {
  isOpenReferral,
  type Referral,
  type ReferralSection,
  type ReferralStatus,
  type ReferralUrgency,
  referralSections,
} from '@lantern/domain';
import type { TFunction } from 'i18next';
import type { Tone } from '../shell/ToneBadge';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The clock a referral runs against now: the answer while it waits, the work once accepted, none once closed. */
export type ReferralTimer = { kind: 'none' } | { kind: 'answer' | 'complete'; overdue: boolean; ms: number };

export function referralTimer(
  referral: Pick<Referral, 'status' | 'respondBy' | 'completeBy'>,
  now: number,
): ReferralTimer {
  const due =
    referral.status === 'sent'
      ? { kind: 'answer' as const, at: referral.respondBy }
      : referral.status === 'accepted' || referral.status === 'in_progress'
        ? { kind: 'complete' as const, at: referral.completeBy }
        : null;
  if (!due) return { kind: 'none' };
  const left = Date.parse(due.at) - now;
  return { kind: due.kind, overdue: left < 0, ms: Math.abs(left) };
}

/** A span as a frontline officer says it: minutes under an hour, hours under two days, then days. */
export function durationText(t: TFunction, ms: number): string {
  if (ms < HOUR) return t('referralsWeb.duration.minutes', { count: Math.max(1, Math.round(ms / MINUTE)) });
  if (ms < 2 * DAY) return t('referralsWeb.duration.hours', { count: Math.round(ms / HOUR) });
  const days = Math.round(ms / DAY);
  return t('referralsWeb.duration.days', { count: days });
}

/** "Answer within 5 h", "Overdue by 2 h": the words the inbox and the detail page show beside the deadline. */
export function timerText(t: TFunction, timer: ReferralTimer): string {
  if (timer.kind === 'none') return t('referralsWeb.timer.none');
  const time = durationText(t, timer.ms);
  if (timer.overdue) return t(`referralsWeb.timer.${timer.kind}Overdue`, { time });
  return t(`referralsWeb.timer.${timer.kind}Within`, { time });
}

/** Red when late, amber in the last quarter-day (or the last hours of an urgent one), else calm. */
export function timerTone(timer: ReferralTimer): Tone {
  if (timer.kind === 'none') return 'neutral';
  if (timer.overdue) return 'negative';
  return timer.ms <= 6 * HOUR ? 'warning' : 'info';
}

const statusTones: Record<ReferralStatus, Tone> = {
  sent: 'warning',
  accepted: 'info',
  in_progress: 'info',
  completed: 'positive',
  declined: 'negative',
  revoked: 'neutral',
  expired: 'neutral',
};

export function statusTone(status: ReferralStatus): Tone {
  return statusTones[status];
}

const urgencyTones: Record<ReferralUrgency, Tone> = {
  urgent: 'negative',
  high: 'warning',
  normal: 'neutral',
};

export function urgencyTone(urgency: ReferralUrgency): Tone {
  return urgencyTones[urgency];
}

/**
 * The buttons a row of the inbox shows: the one-step answers (accept, decline) while a referral waits. The
 * rest (start, complete, revoke) ask for words and live on the referral's page. Only what the server offers.
 */
export function rowActions(referral: Pick<Referral, 'actions'>): Array<'accept' | 'decline'> {
  return (['accept', 'decline'] as const).filter((action) => referral.actions.includes(action));
}

/** The detail page's actions in the order a worker meets them; revoke (the sender's) last, apart. */
export function pageActions(referral: Pick<Referral, 'actions'>) {
  const order = ['accept', 'start', 'complete', 'decline', 'revoke'] as const;
  return order.filter((action) => referral.actions.includes(action));
}

/**
 * Notes and attachments name people, so they open only with the identity: ticking one ticks the identity,
 * and unticking the identity unticks them.
 */
export function toggleSection(
  chosen: readonly ReferralSection[],
  section: ReferralSection,
  on: boolean,
): ReferralSection[] {
  const next = new Set(chosen);
  if (on) {
    next.add(section);
    if (section === 'notes' || section === 'attachments') next.add('identity');
  } else {
    next.delete(section);
    if (section === 'identity') {
      next.delete('notes');
      next.delete('attachments');
    }
  }
  return referralSections.filter((known) => next.has(known));
}

/** Whether a referral still waits on someone (its timer runs and it counts in the inbox). */
export function isOpen(referral: Pick<Referral, 'status'>): boolean {
  return isOpenReferral(referral.status);
}

/** A completion date picked as a day (yyyy-MM-dd) ends at 17:00 Viet Nam time, the end of an office day. */
export function completeByFromDay(day: string | null): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return `${day}T17:00:00+07:00`;
}

export interface ReferralEvent {
  kind: 'sent' | 'accepted' | 'declined' | 'completed' | 'revoked' | 'expired' | 'ended_by_consent';
  at: string;
  by: string | null;
}

/**
 * The answers so far, oldest first, from what the referral records: sent; then accepted or declined; then its
 * end. A referral accepted and then revoked shows both steps (the answer, then the end).
 */
export function referralEvents(
  referral: Pick<
    Referral,
    'status' | 'sentAt' | 'sentBy' | 'answeredAt' | 'answeredBy' | 'closedAt' | 'endedBecause'
  >,
): ReferralEvent[] {
  const events: ReferralEvent[] = [{ kind: 'sent', at: referral.sentAt, by: referral.sentBy.displayName }];
  if (referral.answeredAt)
    events.push({
      kind: referral.status === 'declined' ? 'declined' : 'accepted',
      at: referral.answeredAt,
      by: referral.answeredBy?.displayName ?? null,
    });
  const end =
    referral.status === 'revoked' && referral.endedBecause === 'consent_withdrawn'
      ? 'ended_by_consent'
      : referral.status === 'completed' || referral.status === 'revoked' || referral.status === 'expired'
        ? referral.status
        : null;
  if (end && referral.closedAt) events.push({ kind: end, at: referral.closedAt, by: null });
  return events;
}

/**
 * A referral's life, as data: who may move it where, the deadlines its urgency sets, and when it is overdue,
 * escalated or expired. Pure, so the server, the web app and the tests read the same rules.
 *
 *   sent ──accept──▶ accepted ──start──▶ in_progress ──complete──▶ completed
 *    │ └─decline──▶ declined      │                    │
 *    └──────────── revoke (sender) / expire (unanswered by the completion deadline) ──▶ revoked / expired
 */
export const referralStatuses = [
  'sent',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'revoked',
  'expired',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Statuses in which the recipient works on the case: the referral's share of the case is live. */
export const openReferralStatuses = [
  'sent',
  'accepted',
  'in_progress',
] as const satisfies readonly ReferralStatus[];

/**
 * A referral asks for services; a transfer hands the whole case over (e.g. the person moved province): on
 * acceptance the recipient becomes the owning agency and the transfer is complete.
 */
export const referralKinds = ['services', 'transfer', 'screening'] as const;
export type ReferralKind = (typeof referralKinds)[number];
/**
 * The kinds a case referral may take. A `screening` referral hands an anonymous screening (no case yet) to the
 * agency that must act on it; it completes when that agency registers a case from it or attaches it to one.
 */
export const caseReferralKinds = ['services', 'transfer'] as const;

export const referralUrgencies = ['urgent', 'high', 'normal'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

/** Parts of a case the sender may open to the recipient, beyond the profile and needs every referral carries. */
export const referralSections = ['identity', 'journey', 'notes', 'attachments'] as const;
export type ReferralSection = (typeof referralSections)[number];

export type ReferralAction = 'accept' | 'decline' | 'start' | 'complete' | 'revoke';
/** The sending agency revokes; the receiving agency answers and works. */
export const actionSide: Record<ReferralAction, 'sender' | 'recipient'> = {
  accept: 'recipient',
  decline: 'recipient',
  start: 'recipient',
  complete: 'recipient',
  revoke: 'sender',
};

const moves: Record<ReferralAction, { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ['sent'], to: 'accepted' },
  decline: { from: ['sent'], to: 'declined' },
  start: { from: ['accepted'], to: 'in_progress' },
  complete: { from: ['accepted', 'in_progress'], to: 'completed' },
  revoke: { from: openReferralStatuses, to: 'revoked' },
};

/**
 * Where an action takes a referral from a status, or null when it cannot be taken from there. Accepting a
 * transfer completes it: there is no service left to deliver, the case now belongs to the recipient.
 */
export function nextReferralStatus(
  from: ReferralStatus,
  action: ReferralAction,
  kind: ReferralKind = 'services',
): ReferralStatus | null {
  const move = moves[action];
  if (!move.from.includes(from)) return null;
  if (kind === 'transfer' && (action === 'start' || action === 'complete')) return null;
  // A screening is completed by registering a case from it or attaching it to one, never by hand.
  if (kind === 'screening' && (action === 'start' || action === 'complete')) return null;
  return kind === 'transfer' && action === 'accept' ? 'completed' : move.to;
}

export function isOpenReferral(status: ReferralStatus): boolean {
  return (openReferralStatuses as readonly ReferralStatus[]).includes(status);
}

/** The actions one side may take now. */
export function availableReferralActions(
  status: ReferralStatus,
  side: 'sender' | 'recipient',
  kind: ReferralKind = 'services',
): ReferralAction[] {
  return (Object.keys(moves) as ReferralAction[]).filter(
    (action) => actionSide[action] === side && nextReferralStatus(status, action, kind) !== null,
  );
}

const HOUR = 3_600_000;
/** How long the recipient has to answer, and the services to be delivered, counted from sending. */
export type ReferralWindows = Record<ReferralUrgency, { respondHours: number; completeHours: number }>;
/**
 * Default answer and completion windows by urgency (the coordination regulation's "within 24 hours" for an
 * urgent hand-off). An administrator may set others for the installation (PUT /api/admin/referral-windows); a
 * sender may ask for completion sooner or later than the window, never before the answer.
 */
export const referralWindows: ReferralWindows = {
  urgent: { respondHours: 24, completeHours: 72 },
  high: { respondHours: 48, completeHours: 7 * 24 },
  normal: { respondHours: 72, completeHours: 14 * 24 },
};

export function referralDeadlines(
  urgency: ReferralUrgency,
  sentAt: Date,
  completeBy?: Date,
  windows: ReferralWindows = referralWindows,
): { respondBy: Date; completeBy: Date } {
  const window = windows[urgency];
  const respondBy = new Date(sentAt.getTime() + window.respondHours * HOUR);
  const due = completeBy ?? new Date(sentAt.getTime() + window.completeHours * HOUR);
  return { respondBy, completeBy: due.getTime() < respondBy.getTime() ? respondBy : due };
}

export interface ReferralClock {
  status: ReferralStatus;
  sentAt: Date;
  respondBy: Date;
  completeBy: Date;
  escalationLevel: number;
}

/** Whether the side that must act next is late: an answer past its deadline, or work past completion. */
export function isOverdue(referral: Omit<ReferralClock, 'escalationLevel'>, now: Date): boolean {
  if (referral.status === 'sent') return now.getTime() > referral.respondBy.getTime();
  if (referral.status === 'accepted' || referral.status === 'in_progress')
    return now.getTime() > referral.completeBy.getTime();
  return false;
}

/**
 * What the escalation run does with a referral now. Level 1: overdue — the recipient's supervisors are told.
 * Level 2: still overdue one answer-window later — the provincial coordinator is told. A referral nobody
 * answered by its completion deadline expires (the sender re-routes it).
 */
export function escalationStep(referral: ReferralClock, now: Date): 'expire' | 1 | 2 | null {
  if (referral.status === 'sent' && now.getTime() > referral.completeBy.getTime()) return 'expire';
  if (!isOverdue(referral, now)) return null;
  const lateSince = referral.status === 'sent' ? referral.respondBy : referral.completeBy;
  const window = referral.respondBy.getTime() - referral.sentAt.getTime();
  const level = now.getTime() > lateSince.getTime() + window ? 2 : 1;
  return level > referral.escalationLevel ? (level as 1 | 2) : null;
}

/**
 * The life of a case, as explicit transitions. Every change of state is one of the actions below, checked
 * here (pure, shared by server and web) and audited by the server; anything else is refused with a reason.
 */
export const caseStates = [
  'received',
  'under_verification',
  'identified',
  'not_victim',
  'receiving_support',
  'reintegration',
  'closed',
] as const;
export type CaseState = (typeof caseStates)[number];

export const caseActions = [
  'start_verification',
  'identify',
  'record_not_victim',
  'start_support',
  'start_reintegration',
  'resume_support',
  'close',
  'reopen',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Why a case was closed; "reopen" needs a reason in words instead. */
export const closureReasons = [
  'reintegrated',
  'transferred',
  'declined_services',
  'lost_contact',
  'moved_abroad',
  'deceased',
  'duplicate',
  'not_a_victim',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

const transitions: Readonly<Record<CaseAction, { from: readonly CaseState[]; to: CaseState | 'previous' }>> =
  {
    start_verification: { from: ['received'], to: 'under_verification' },
    identify: { from: ['under_verification'], to: 'identified' },
    record_not_victim: { from: ['under_verification'], to: 'not_victim' },
    start_support: { from: ['identified'], to: 'receiving_support' },
    start_reintegration: { from: ['receiving_support'], to: 'reintegration' },
    resume_support: { from: ['reintegration'], to: 'receiving_support' },
    close: {
      from: [
        'received',
        'under_verification',
        'identified',
        'not_victim',
        'receiving_support',
        'reintegration',
      ],
      to: 'closed',
    },
    // Back to where the case was when it was closed.
    reopen: { from: ['closed'], to: 'previous' },
  };

/** What an identification decision must say: who decided, when, on what legal basis. */
export interface StatusDecision {
  /** Code from the status-deciding-organisation vocabulary. */
  decidedBy: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
  legalBasis: string;
}

export interface TransitionInput {
  decision?: StatusDecision;
  closureReason?: string;
  /** Required to reopen; optional note otherwise. */
  reason?: string;
}

export type TransitionProblem =
  | 'not_allowed_from_state'
  | 'decision_required'
  | 'closure_reason_required'
  | 'reason_required'
  | 'decision_in_future';

export type TransitionResult = { ok: true; to: CaseState } | { ok: false; problem: TransitionProblem };

/** The actions offered in a state, for the buttons a user sees. */
export function allowedActions(state: CaseState): CaseAction[] {
  return caseActions.filter((action) => transitions[action].from.includes(state));
}

/**
 * Checks one transition. `closedFrom` is the state a closed case was closed from (the target of "reopen").
 * `today` (YYYY-MM-DD, Viet Nam time) bounds the decision date.
 */
export function checkTransition(
  state: CaseState,
  action: CaseAction,
  input: TransitionInput,
  context: { closedFrom?: CaseState | null; today: string },
): TransitionResult {
  const rule = transitions[action];
  if (!rule.from.includes(state)) return { ok: false, problem: 'not_allowed_from_state' };
  if (action === 'identify' || action === 'record_not_victim') {
    const decision = input.decision;
    if (!decision?.decidedBy || !decision.decidedOn || !decision.legalBasis?.trim())
      return { ok: false, problem: 'decision_required' };
    if (decision.decidedOn > context.today) return { ok: false, problem: 'decision_in_future' };
  }
  if (action === 'close' && !closureReasons.includes(input.closureReason as ClosureReason))
    return { ok: false, problem: 'closure_reason_required' };
  if (action === 'reopen' && !input.reason?.trim()) return { ok: false, problem: 'reason_required' };
  const to = rule.to === 'previous' ? (context.closedFrom ?? 'received') : rule.to;
  return { ok: true, to };
}

/** Law 53/2024/QH15 Art. 27: initial verification within 3 days of reception (calendar days; see docs). */
export const VERIFICATION_DAYS = 3;

/** The day verification is due (YYYY-MM-DD) for a case received on `receivedOn`. */
export function verificationDueOn(receivedOn: string): string {
  const due = new Date(`${receivedOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + VERIFICATION_DAYS);
  return due.toISOString().slice(0, 10);
}

/** A case is overdue while no decision has been recorded after the due day has passed. */
export function isVerificationOverdue(state: CaseState, receivedOn: string, today: string): boolean {
  return (state === 'received' || state === 'under_verification') && today > verificationDueOn(receivedOn);
}

/** The HTCDS case status a state is exported as. */
export function htcdsCaseStatus(state: CaseState, closureReason?: string | null): string {
  if (state === 'closed') return closureReason === 'transferred' ? 'ClosedReferred' : 'Closed';
  if (state === 'reintegration') return 'FollowUp';
  return 'Active';
}

/**
 * The HTCDS trafficking status that goes with a state: "possible" until the competent authority decides;
 * a closed or reopened case keeps the status it had.
 */
export function traffickingStatusFor(state: CaseState, previous?: string): string {
  if (state === 'identified' || state === 'receiving_support' || state === 'reintegration')
    return 'ActualVictimOfTrafficking';
  if (state === 'not_victim') return 'NotAVictimOfTrafficking';
  if (state === 'closed' && previous) return previous;
  return 'PossibleVictimOfTrafficking';
}

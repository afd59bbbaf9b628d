import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  type CaseAction,
  type CaseState,
  caseActions,
  caseStates,
  checkTransition,
  htcdsCaseStatus,
  isVerificationOverdue,
  verificationDueOn,
} from './lifecycle';

const today = '2026-11-28';
const decision = { decidedBy: 'Police', decidedOn: '2026-11-27', legalBasis: 'Law 53/2024/QH15 Art. 28' };
const complete = { decision, closureReason: 'reintegrated', reason: 'New information from the family' };

// The specification, written out: every allowed (state, action) pair and where it leads.
const allowed: Array<[CaseState, CaseAction, CaseState]> = [
  ['received', 'start_verification', 'under_verification'],
  ['received', 'close', 'closed'],
  ['under_verification', 'identify', 'identified'],
  ['under_verification', 'record_not_victim', 'not_victim'],
  ['under_verification', 'close', 'closed'],
  ['identified', 'start_support', 'receiving_support'],
  ['identified', 'close', 'closed'],
  ['not_victim', 'close', 'closed'],
  ['receiving_support', 'start_reintegration', 'reintegration'],
  ['receiving_support', 'close', 'closed'],
  ['reintegration', 'resume_support', 'receiving_support'],
  ['reintegration', 'close', 'closed'],
  ['closed', 'reopen', 'receiving_support'],
];

describe('case lifecycle', () => {
  it.each(allowed)('%s --%s--> %s', (state, action, to) => {
    expect(checkTransition(state, action, complete, { closedFrom: 'receiving_support', today })).toEqual({
      ok: true,
      to,
    });
  });

  const refused = caseStates.flatMap((state) =>
    caseActions
      .filter((action) => !allowed.some(([s, a]) => s === state && a === action))
      .map((action) => [state, action] as const),
  );
  it.each(refused)('%s refuses %s', (state, action) => {
    expect(checkTransition(state, action, complete, { today })).toEqual({
      ok: false,
      problem: 'not_allowed_from_state',
    });
  });

  it('offers exactly the allowed actions in each state', () => {
    for (const state of caseStates)
      expect(allowedActions(state).sort()).toEqual(
        allowed
          .filter(([s]) => s === state)
          .map(([, a]) => a)
          .sort(),
      );
  });

  it.each([
    ['identify', {}, 'decision_required'],
    ['identify', { decision: { ...decision, legalBasis: '  ' } }, 'decision_required'],
    ['identify', { decision: { ...decision, decidedOn: '2026-12-01' } }, 'decision_in_future'],
    ['record_not_victim', {}, 'decision_required'],
  ] as const)('%s with %o → %s', (action, input, problem) => {
    expect(checkTransition('under_verification', action, input, { today })).toEqual({ ok: false, problem });
  });

  it('closing needs a known reason; reopening needs words', () => {
    expect(checkTransition('received', 'close', { closureReason: 'bored' }, { today })).toEqual({
      ok: false,
      problem: 'closure_reason_required',
    });
    expect(checkTransition('closed', 'reopen', { reason: ' ' }, { today })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
  });

  it('reopens to the state the case was closed from', () => {
    expect(
      checkTransition('closed', 'reopen', { reason: 'x' }, { closedFrom: 'under_verification', today }),
    ).toEqual({ ok: true, to: 'under_verification' });
  });
});

describe('verification deadline (3 days after reception)', () => {
  it.each([
    ['received', '2026-11-25', '2026-11-28', false],
    ['received', '2026-11-24', '2026-11-28', true],
    ['under_verification', '2026-11-20', '2026-11-28', true],
    ['identified', '2026-11-01', '2026-11-28', false],
    ['received', '2026-02-27', '2026-03-03', true], // across the end of February
  ] as const)('%s since %s, on %s: overdue %s', (state, received, on, overdue) => {
    expect(isVerificationOverdue(state, received, on)).toBe(overdue);
  });

  it('is due three days after reception', () => {
    expect(verificationDueOn('2026-12-30')).toBe('2027-01-02');
  });
});

describe('HTCDS case status', () => {
  it.each([
    ['received', null, 'Active'],
    ['reintegration', null, 'FollowUp'],
    ['closed', 'transferred', 'ClosedReferred'],
    ['closed', 'reintegrated', 'Closed'],
  ] as const)('%s (%s) → %s', (state, reason, status) => {
    expect(htcdsCaseStatus(state, reason)).toBe(status);
  });
});

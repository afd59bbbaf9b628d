import { describe, expect, it } from 'vitest';
import {
  availableReferralActions,
  escalationStep,
  isOverdue,
  nextReferralStatus,
  referralDeadlines,
  referralStatuses,
  referralWindows,
} from './lifecycle';

const HOUR = 3_600_000;
const sentAt = new Date('2026-12-01T08:00:00+07:00');

describe('the referral lifecycle', () => {
  it('moves a service referral sent → accepted → in progress → completed, and nowhere else', () => {
    expect(nextReferralStatus('sent', 'accept')).toBe('accepted');
    expect(nextReferralStatus('accepted', 'start')).toBe('in_progress');
    expect(nextReferralStatus('in_progress', 'complete')).toBe('completed');
    expect(nextReferralStatus('accepted', 'complete')).toBe('completed');
    expect(nextReferralStatus('sent', 'complete')).toBeNull();
    expect(nextReferralStatus('accepted', 'accept')).toBeNull();
    expect(nextReferralStatus('accepted', 'decline')).toBeNull();
  });

  it('ends for good: nothing moves a closed referral', () => {
    for (const closed of ['completed', 'declined', 'revoked', 'expired'] as const)
      for (const action of ['accept', 'decline', 'start', 'complete', 'revoke'] as const)
        expect(nextReferralStatus(closed, action), `${action} from ${closed}`).toBeNull();
  });

  it('completes a transfer on acceptance (nothing left to start or complete)', () => {
    expect(nextReferralStatus('sent', 'accept', 'transfer')).toBe('completed');
    expect(availableReferralActions('sent', 'recipient', 'transfer')).toEqual(['accept', 'decline']);
    expect(nextReferralStatus('accepted', 'start', 'transfer')).toBeNull();
  });

  it('leaves a screening hand-off to be completed by registering or attaching, never by hand', () => {
    expect(nextReferralStatus('sent', 'accept', 'screening')).toBe('accepted');
    expect(availableReferralActions('accepted', 'recipient', 'screening')).toEqual([]);
    expect(nextReferralStatus('accepted', 'complete', 'screening')).toBeNull();
    expect(availableReferralActions('accepted', 'sender', 'screening')).toEqual(['revoke']);
  });

  it('offers each side only its own actions', () => {
    expect(availableReferralActions('sent', 'recipient')).toEqual(['accept', 'decline']);
    expect(availableReferralActions('sent', 'sender')).toEqual(['revoke']);
    expect(availableReferralActions('in_progress', 'recipient')).toEqual(['complete']);
    for (const status of referralStatuses.filter((s) => !['sent', 'accepted', 'in_progress'].includes(s)))
      expect(availableReferralActions(status, 'sender')).toEqual([]);
  });
});

describe('deadlines and escalation', () => {
  it('sets the answer and completion deadlines from the urgency; a requested date never precedes the answer', () => {
    const urgent = referralDeadlines('urgent', sentAt);
    expect(urgent.respondBy.getTime() - sentAt.getTime()).toBe(24 * HOUR);
    expect(urgent.completeBy.getTime() - sentAt.getTime()).toBe(72 * HOUR);
    const early = referralDeadlines('normal', sentAt, new Date(sentAt.getTime() + HOUR));
    expect(early.completeBy).toEqual(early.respondBy);
  });

  it('follows the installation’s windows when given them instead of the defaults', () => {
    const windows = { ...referralWindows, urgent: { respondHours: 6, completeHours: 30 } };
    const urgent = referralDeadlines('urgent', sentAt, undefined, windows);
    expect(urgent.respondBy.getTime() - sentAt.getTime()).toBe(6 * HOUR);
    expect(urgent.completeBy.getTime() - sentAt.getTime()).toBe(30 * HOUR);
    const normal = referralDeadlines('normal', sentAt, undefined, windows);
    expect(normal.respondBy.getTime() - sentAt.getTime()).toBe(72 * HOUR);
  });

  it('is overdue only for the side that must act', () => {
    const clock = { sentAt, ...referralDeadlines('urgent', sentAt) };
    const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);
    expect(isOverdue({ ...clock, status: 'sent' }, at(25))).toBe(true);
    expect(isOverdue({ ...clock, status: 'accepted' }, at(25))).toBe(false);
    expect(isOverdue({ ...clock, status: 'accepted' }, at(73))).toBe(true);
    expect(isOverdue({ ...clock, status: 'completed' }, at(500))).toBe(false);
  });

  it('escalates once per level, then expires an unanswered referral at its completion deadline', () => {
    const clock = { sentAt, ...referralDeadlines('urgent', sentAt), status: 'sent' as const };
    const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);
    expect(escalationStep({ ...clock, escalationLevel: 0 }, at(23))).toBeNull();
    expect(escalationStep({ ...clock, escalationLevel: 0 }, at(25))).toBe(1);
    expect(escalationStep({ ...clock, escalationLevel: 1 }, at(30))).toBeNull();
    expect(escalationStep({ ...clock, escalationLevel: 1 }, at(49))).toBe(2);
    expect(escalationStep({ ...clock, escalationLevel: 2 }, at(60))).toBeNull();
    expect(escalationStep({ ...clock, escalationLevel: 2 }, at(73))).toBe('expire');
  });
});

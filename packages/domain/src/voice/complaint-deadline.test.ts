import { describe, expect, it } from 'vitest';
import { addWorkingDays, daysUntil, isComplaintOverdue, statusAfterStep } from './complaint-deadline';

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-07', 1, '2026-12-08'], // Monday → Tuesday
    ['2026-12-11', 1, '2026-12-14'], // Friday → Monday
    ['2026-12-12', 1, '2026-12-14'], // Saturday → Monday
    ['2026-12-07', 15, '2026-12-28'], // three weeks of working days
    ['2026-12-07', 0, '2026-12-07'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });
});

describe('deadlines', () => {
  it('counts calendar days left, negative when overdue', () => {
    expect(daysUntil('2026-12-10', '2026-12-07')).toBe(3);
    expect(daysUntil('2026-12-07', '2026-12-08')).toBe(-1);
  });

  it('is overdue only while unanswered and past the day', () => {
    expect(isComplaintOverdue('received', '2026-12-07', '2026-12-08')).toBe(true);
    expect(isComplaintOverdue('in_review', '2026-12-07', '2026-12-07')).toBe(false);
    expect(isComplaintOverdue('responded', '2026-12-01', '2026-12-08')).toBe(false);
  });
});

describe('statusAfterStep', () => {
  it.each([
    ['received', 'review', 'in_review'],
    ['received', 'respond', 'responded'],
    ['in_review', 'note', 'in_review'],
    ['responded', 'close', 'closed'],
    ['responded', 'reopen', 'in_review'],
    ['received', 'close', undefined],
    ['closed', 'note', undefined],
    ['closed', 'reopen', undefined],
  ] as const)('%s then %s → %s', (status, step, expected) => {
    expect(statusAfterStep(status, step)).toBe(expected);
  });
});

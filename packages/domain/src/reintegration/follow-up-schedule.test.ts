import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, followUpSchedule, visitStatus } from './follow-up-schedule';

describe('follow-up schedule', () => {
  it('plans visits 1, 3, 6 and 12 months after the return', () => {
    expect(followUpSchedule('2026-03-15')).toEqual([
      { months: 1, dueOn: '2026-04-15' },
      { months: 3, dueOn: '2026-06-15' },
      { months: 6, dueOn: '2026-09-15' },
      { months: 12, dueOn: '2027-03-15' },
    ]);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'], // month end clamps to a shorter month
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2028-02-29', 12, '2029-02-28'], // 29 February to a year without one
    ['2027-02-28', 12, '2028-02-28'], // the 28th stays the 28th, even in a leap year
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-10-31', 3, '2027-01-31'], // across a year end
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', 6, '2026-11-30'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('plans from a month end without slipping into the next month', () => {
    expect(followUpSchedule('2027-08-31').map((visit) => visit.dueOn)).toEqual([
      '2027-09-30',
      '2027-11-30',
      '2028-02-29',
      '2028-08-31',
    ]);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('refuses what is not a day', () => {
    expect(() => addMonths('15/03/2026', 1)).toThrow(RangeError);
  });
});

describe('visit status', () => {
  it.each([
    ['2026-05-01', false, '2026-03-01', 'upcoming', 61],
    ['2026-05-01', false, '2026-04-17', 'due', 14],
    ['2026-05-01', false, '2026-05-01', 'due', 0],
    ['2026-05-01', false, '2026-05-02', 'overdue', -1],
    ['2026-05-01', true, '2026-06-01', 'done', -31],
  ] as const)('due %s, assessed %s, on %s: %s (%i days)', (dueOn, assessed, today, status, days) => {
    expect(visitStatus(dueOn, assessed, today)).toEqual({ status, days });
  });
});

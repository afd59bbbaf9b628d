import { describe, expect, it } from 'vitest';
import { addWorkingDays, daysUntil, isComplaintOverdue, statusAfterStep } from './complaint-deadline';

// Days off as the seeded 2026–2027 calendar has them (migration 0043): Tết 2026 is Tuesday 17 February.
const TET_2026 = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
const REUNIFICATION_2026 = ['2026-04-30', '2026-05-01'];
// Tết 2027 falls on Saturday 6 February: two of its days are weekend days, made up after it.
const TET_2027 = [
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
];

describe('addWorkingDays with public holidays', () => {
  it.each([
    ['before Tết 2026: the five days off push the deadline a week', '2026-02-09', 15, TET_2026, '2026-03-09'],
    ['the same count without holidays', '2026-02-09', 15, [], '2026-03-02'],
    ['a day before a holiday lands after it', '2026-02-13', 1, TET_2026, '2026-02-23'],
    ['starting on a holiday does not count the holiday', '2026-02-17', 1, TET_2026, '2026-02-23'],
    ['30/4 and 1/5 on Thursday and Friday', '2026-04-29', 1, REUNIFICATION_2026, '2026-05-04'],
    ['Tết 2027 with its weekend days made up', '2027-02-04', 1, TET_2027, '2027-02-12'],
    ['a holiday on a weekend costs nothing more', '2026-12-04', 1, ['2026-12-05'], '2026-12-07'],
    ['holidays after the deadline change nothing', '2026-12-07', 15, ['2027-01-01'], '2026-12-28'],
    ['New Year 2027 inside the count', '2026-12-21', 15, ['2027-01-01'], '2027-01-12'],
  ])('%s', (_name, from, days, off, expected) => {
    expect(addWorkingDays(from, days, off)).toBe(expected);
  });
});

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

import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineWords } from './deadline';

describe('deadlineWords', () => {
  const today = '2026-12-05';
  it.each([
    ['2026-12-03', false, { key: 'overdue', count: 2, tone: 'negative' }],
    ['2026-12-04', false, { key: 'overdue', count: 1, tone: 'negative' }],
    [today, false, { key: 'today', count: 0, tone: 'warning' }],
    ['2026-12-06', false, { key: 'left', count: 1, tone: 'warning' }],
    ['2026-12-08', false, { key: 'left', count: 3, tone: 'info' }],
    ['2026-12-01', true, { key: 'none', count: 0, tone: 'neutral' }],
    [null, false, { key: 'none', count: 0, tone: 'neutral' }],
  ] as const)('due %s (done: %s) reads %o', (dueOn, done, expected) => {
    expect(deadlineWords(dueOn, today, done)).toEqual(expected);
  });

  it('counts calendar days across a month and a year', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});

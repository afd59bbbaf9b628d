import { describe, expect, it } from 'vitest';
import { groupReport, isMemberOn } from './group-report';

const survivor = (joinedOn: string, leftOn: string | null = null) => ({
  kind: 'survivor' as const,
  joinedOn,
  leftOn,
});
const community = (joinedOn: string, leftOn: string | null = null) => ({
  kind: 'community' as const,
  joinedOn,
  leftOn,
});
const meeting = (heldOn: string, attendedCount: number, extra = {}) => ({
  heldOn,
  attendedCount,
  savingsVnd: 0,
  businessStarts: 0,
  activities: ['vn.Savings'],
  ...extra,
});

describe('group report', () => {
  it.each([
    ['2026-01-01', null, '2025-12-31', false],
    ['2026-01-01', null, '2026-01-01', true],
    ['2026-01-01', '2026-03-01', '2026-03-01', true],
    ['2026-01-01', '2026-03-01', '2026-03-02', false],
  ])('a member joined %s, left %s, is a member on %s: %s', (joinedOn, leftOn, day, expected) => {
    expect(isMemberOn({ joinedOn, leftOn }, day)).toBe(expected);
  });

  it('counts members by kind and compares attendance with the members of the day', () => {
    const members = [survivor('2026-01-01'), survivor('2026-02-01', '2026-04-01'), community('2026-01-01')];
    const meetings = [
      meeting('2026-01-15', 2, { savingsVnd: 500_000, activities: ['vn.Savings', 'vn.Training'] }),
      meeting('2026-03-15', 2, { savingsVnd: 700_000, businessStarts: 1 }),
      meeting('2026-05-15', 5),
    ];
    const report = groupReport(members, meetings, '2026-06-01');
    expect(report.members).toEqual({ survivor: 2, community: 1, active: 2 });
    // 2 of 2, 2 of 3, and 5 counted as 2 of 2 (guests do not push the rate above 1): 6 of 7.
    expect(report.attendanceRate).toBeCloseTo(6 / 7);
    expect(report.savingsVnd).toBe(1_200_000);
    expect(report.businessStarts).toBe(1);
    expect(report.activities).toEqual({ 'vn.Savings': 3, 'vn.Training': 1 });
    expect(report.lastMeetingOn).toBe('2026-05-15');
  });

  it('has no rate before the first meeting', () => {
    expect(groupReport([survivor('2026-01-01')], [], '2026-06-01')).toMatchObject({
      meetings: 0,
      attendanceRate: null,
      lastMeetingOn: null,
    });
  });
});

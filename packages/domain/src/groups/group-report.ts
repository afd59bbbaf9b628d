import type { GroupReport, MemberKind } from '../api/groups';

export interface ReportMember {
  kind: MemberKind;
  joinedOn: string;
  leftOn: string | null;
}

export interface ReportMeeting {
  heldOn: string;
  attendedCount: number;
  savingsVnd: number;
  businessStarts: number;
  activities: readonly string[];
}

/** A member belongs to the group on a day from joining until the day they left (inclusive). */
export function isMemberOn(member: Pick<ReportMember, 'joinedOn' | 'leftOn'>, day: string): boolean {
  return member.joinedOn <= day && (member.leftOn === null || day <= member.leftOn);
}

/**
 * The group's activity in numbers, from kinds, dates and counts only — never a name or a case — so it can be
 * shown to every reader of the group. The attendance rate compares each meeting's count with the members the
 * group had that day (capped at 1: guests may come).
 */
export function groupReport(
  members: readonly ReportMember[],
  meetings: readonly ReportMeeting[],
  today: string,
): GroupReport {
  let attended = 0;
  let expected = 0;
  const activities: Record<string, number> = {};
  for (const meeting of meetings) {
    const present = members.filter((member) => isMemberOn(member, meeting.heldOn)).length;
    attended += Math.min(meeting.attendedCount, present);
    expected += present;
    for (const activity of meeting.activities) activities[activity] = (activities[activity] ?? 0) + 1;
  }
  const days = meetings.map((meeting) => meeting.heldOn).sort();
  return {
    meetings: meetings.length,
    members: {
      survivor: members.filter((member) => member.kind === 'survivor').length,
      community: members.filter((member) => member.kind === 'community').length,
      active: members.filter((member) => isMemberOn(member, today)).length,
    },
    attendanceRate: expected > 0 ? attended / expected : null,
    savingsVnd: meetings.reduce((sum, meeting) => sum + meeting.savingsVnd, 0),
    businessStarts: meetings.reduce((sum, meeting) => sum + meeting.businessStarts, 0),
    activities,
    lastMeetingOn: days.at(-1) ?? null,
  };
}

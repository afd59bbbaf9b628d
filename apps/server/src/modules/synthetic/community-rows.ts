import { type SyntheticGroup, type SyntheticRegistration, syntheticGroup } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { sealFor } from '../groups/group-rows';
import type { AgencyGrid, GridAgency } from './agency-grid';
import { seedId } from './seed-ids';

type Row = Record<string, unknown>;

export interface CommunityRows {
  groups: Row[];
  members: Row[];
  memberCases: Row[];
  meetings: Row[];
  attendance: Row[];
}

export const emptyCommunityRows = (): CommunityRows => ({
  groups: [],
  members: [],
  memberCases: [],
  meetings: [],
  attendance: [],
});

interface PlacedGroup {
  group: SyntheticGroup;
  id: string;
  agency: GridAgency;
  facilitator: string;
  meetingIds: string[];
}

/**
 * The self-help groups and support models of a synthetic dataset, made as their first survivor joins: each
 * group (one per commune of a site, a pure function of the seed and the commune) is written once, with its
 * community members, its monthly meetings and their attendance; later survivors add themselves and their
 * attendance. Which groups exist already is read once from the database, so a resumed run does not write a
 * group twice.
 */
export class CommunityLoader {
  private readonly placed = new Map<string, PlacedGroup>();
  private readonly written = new Set<string>();
  private readonly asOfDay: number;

  constructor(
    private readonly seed: number,
    asOf: string,
    private readonly keys: KeyRing,
    private readonly grid: AgencyGrid,
  ) {
    this.asOfDay = Date.parse(`${asOf}T00:00:00Z`) / 86_400_000;
  }

  /** Groups already in the database (a resumed run). */
  async load(session: SqlSession): Promise<void> {
    const { rows } = await session.query<{ id: string }>('select id from self_help_groups');
    for (const row of rows) this.written.add(row.id);
  }

  private place(communeCode: string): PlacedGroup | undefined {
    const known = this.placed.get(communeCode);
    if (known) return known;
    const group = syntheticGroup(this.seed, communeCode, this.asOfDay);
    const agency = this.grid.byTypeAndProvince.get(
      `${group.site.facilitatorType}:${group.site.provinceCode}`,
    );
    const facilitator = agency?.userIds[0];
    if (!agency || !facilitator) return undefined;
    const id = seedId(this.seed, `group:${communeCode}`, group.startedOn);
    const meetingIds = group.meetings.map((meeting, k) =>
      seedId(this.seed, `group-meeting:${communeCode}:${k}`, meeting.heldOn),
    );
    const placed = { group, id, agency, facilitator, meetingIds };
    this.placed.set(communeCode, placed);
    return placed;
  }

  /** The group's own rows, the first time a batch needs it. */
  private create(placed: PlacedGroup, into: CommunityRows): void {
    if (this.written.has(placed.id)) return;
    this.written.add(placed.id);
    const { group, id, facilitator } = placed;
    into.groups.push({
      id,
      name: group.name,
      province_code: group.site.provinceCode,
      commune_code: group.communeCode,
      agency_id: placed.agency.id,
      facilitator_user_id: facilitator,
      started_on: group.startedOn,
      livelihood_focus: group.livelihoodFocus,
      created_by: facilitator,
      created_at: `${group.startedOn}T02:00:00Z`,
    });
    for (const [k, meeting] of group.meetings.entries()) {
      const meetingId = placed.meetingIds[k] as string;
      into.meetings.push({
        id: meetingId,
        group_id: id,
        held_on: meeting.heldOn,
        topic_sealed: this.keys.seal(meeting.topic, sealFor.topic(meetingId)),
        activities: meeting.activities,
        // Counted from the attendance once the batch is written (survivors of later batches come too).
        attended_count: 0,
        savings_vnd: 0,
        business_starts: meeting.businessStarts,
        recorded_by: facilitator,
      });
    }
    for (const [n, person] of group.community.entries()) {
      const memberId = seedId(this.seed, `group-community:${group.communeCode}:${n}`, group.startedOn);
      into.members.push({
        id: memberId,
        group_id: id,
        kind: 'community',
        name_sealed: this.keys.seal(person.name, sealFor.memberName(memberId)),
        joined_on: group.startedOn,
        left_on: null,
        added_by: facilitator,
      });
      for (const k of person.attended)
        into.attendance.push({ meeting_id: placed.meetingIds[k], member_id: memberId, group_id: id });
    }
  }

  /** A survivor's membership (with their case) and attendance, and the group itself when new. */
  addMember(registration: SyntheticRegistration, caseId: string, into: CommunityRows): string | undefined {
    const membership = registration.membership;
    if (!membership) return undefined;
    const placed = this.place(membership.communeCode);
    if (!placed) return undefined;
    this.create(placed, into);
    const memberId = seedId(this.seed, `group-member:${registration.index}`, membership.joinedOn);
    into.members.push({
      id: memberId,
      group_id: placed.id,
      kind: 'survivor',
      name_sealed: null,
      joined_on: membership.joinedOn,
      left_on: membership.leftOn ?? null,
      added_by: placed.facilitator,
    });
    into.memberCases.push({ member_id: memberId, group_id: placed.id, case_id: caseId });
    for (const k of membership.attended)
      into.attendance.push({ meeting_id: placed.meetingIds[k], member_id: memberId, group_id: placed.id });
    return placed.id;
  }
}

/** Each touched group's meetings count who came and the savings they put in (50,000 đồng a member). */
export async function countAttendance(session: SqlSession, groupIds: readonly string[]): Promise<void> {
  if (groupIds.length === 0) return;
  await session.query(
    `update self_help_group_meetings m set attended_count = a.n, savings_vnd = a.n * 50000
       from (select meeting_id, count(*)::int as n from self_help_group_attendance
              where group_id = any($1::uuid[]) group by meeting_id) a
      where a.meeting_id = m.id and m.attended_count <> a.n`,
    [groupIds],
  );
}

export const COMMUNITY_TABLES = [
  [
    'groups',
    'self_help_groups',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['province_code', 'text'],
      ['commune_code', 'text'],
      ['agency_id', 'uuid'],
      ['facilitator_user_id', 'uuid'],
      ['started_on', 'date'],
      ['livelihood_focus', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'meetings',
    'self_help_group_meetings',
    [
      ['id', 'uuid'],
      ['group_id', 'uuid'],
      ['held_on', 'date'],
      ['topic_sealed', 'text'],
      ['activities', 'text[]'],
      ['attended_count', 'int'],
      ['savings_vnd', 'int8'],
      ['business_starts', 'int'],
      ['recorded_by', 'uuid'],
    ],
  ],
  [
    'members',
    'self_help_group_members',
    [
      ['id', 'uuid'],
      ['group_id', 'uuid'],
      ['kind', 'text'],
      ['name_sealed', 'text'],
      ['joined_on', 'date'],
      ['left_on', 'date'],
      ['added_by', 'uuid'],
    ],
  ],
  [
    'memberCases',
    'self_help_group_member_cases',
    [
      ['member_id', 'uuid'],
      ['group_id', 'uuid'],
      ['case_id', 'uuid'],
    ],
  ],
  [
    'attendance',
    'self_help_group_attendance',
    [
      ['meeting_id', 'uuid'],
      ['member_id', 'uuid'],
      ['group_id', 'uuid'],
    ],
  ],
] as const;

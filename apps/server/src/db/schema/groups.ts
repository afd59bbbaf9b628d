import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, recordTimes, rowId } from './columns';
import { agencyRef, userRef, users } from './identity';

/**
 * Self-help groups of the community reintegration model (issue #18, migration 0030). The group, its meetings
 * and its members' kinds and dates are programme data every holder of group.read sees; a member's case link
 * and the attendance list are kept in their own tables so row-level security can hide them alone.
 */
export const selfHelpGroups = pgTable(
  'self_help_groups',
  {
    id: rowId(),
    name: text('name').notNull(),
    /** 2025 administrative units (the 34 provinces and their communes). */
    provinceCode: text('province_code').notNull(),
    communeCode: text('commune_code').notNull(),
    agencyId: agencyRef('agency_id'),
    /** A facilitator with an account, or a name typed in (sealed: it names a person) — not both. */
    facilitatorUserId: uuid('facilitator_user_id').references(() => users.id),
    facilitatorNameSealed: text('facilitator_name_sealed'),
    startedOn: date('started_on').notNull(),
    status: text('status').$type<'active' | 'closed'>().notNull().default('active'),
    /** vn-livelihood-focus */
    livelihoodFocus: text('livelihood_focus').notNull(),
    createdBy: userRef('created_by'),
    ...recordTimes(),
  },
  (table) => [
    index('self_help_groups_place_idx').on(table.provinceCode, table.communeCode, table.startedOn),
    index('self_help_groups_agency_idx').on(table.agencyId),
  ],
);

export const selfHelpGroupMembers = pgTable(
  'self_help_group_members',
  {
    id: rowId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => selfHelpGroups.id),
    kind: text('kind').$type<'survivor' | 'community'>().notNull(),
    /** A community member's name; a survivor's identity stays on their case. */
    nameSealed: text('name_sealed'),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    addedBy: userRef('added_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('self_help_group_members_group_idx').on(table.groupId, table.joinedOn)],
);

/** A survivor member's case; visible to a reader exactly when the case is (the cases policy). */
export const selfHelpGroupMemberCases = pgTable(
  'self_help_group_member_cases',
  {
    memberId: uuid('member_id')
      .primaryKey()
      .references(() => selfHelpGroupMembers.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => selfHelpGroups.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (table) => [
    uniqueIndex('self_help_group_member_cases_once_idx').on(table.groupId, table.caseId),
    index('self_help_group_member_cases_case_idx').on(table.caseId),
  ],
);

export const selfHelpGroupMeetings = pgTable(
  'self_help_group_meetings',
  {
    id: rowId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => selfHelpGroups.id),
    heldOn: date('held_on').notNull(),
    topicSealed: text('topic_sealed').notNull(),
    /** vn-group-activity codes */
    activities: text('activities').array().notNull(),
    /** Always recorded, so a report can count attendance without the list of who came. */
    attendedCount: integer('attended_count').notNull(),
    /** Whole dong the group saved at this meeting. */
    savingsVnd: bigint('savings_vnd', { mode: 'number' }).notNull().default(0),
    businessStarts: integer('business_starts').notNull().default(0),
    recordedBy: userRef('recorded_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('self_help_group_meetings_group_idx').on(table.groupId, table.heldOn)],
);

/** Who attended: read by the facilitating agency only. */
export const selfHelpGroupAttendance = pgTable(
  'self_help_group_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => selfHelpGroupMeetings.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => selfHelpGroupMembers.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => selfHelpGroups.id),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.memberId] }),
    index('self_help_group_attendance_member_idx').on(table.memberId),
  ],
);

import { z } from 'zod';
import { MAX_VND } from './support';

/**
 * Self-help groups (community reintegration model, issue #18): groups, members, meetings and the group report.
 * A survivor member's identity (name, case) is given only to readers who may see the case; everyone else gets
 * `identified: false` and the counts.
 */

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const ref = z.object({ id: z.string(), name: z.string() });

export const groupStatuses = ['active', 'closed'] as const;
export const memberKinds = ['survivor', 'community'] as const;
export type MemberKind = (typeof memberKinds)[number];

export const createGroupSchema = z.object({
  name: text(200),
  /** A commune, ward or special zone of the 2025 administrative units; its province follows from it. */
  communeCode: z.string().min(1).max(10),
  startedOn: day,
  livelihoodFocus: z.string().min(1).max(100),
  /** A facilitator with an account in the agency, or a name typed in — not both. */
  facilitatorUserId: z.uuid().optional(),
  facilitatorName: text(200).optional(),
});
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

/**
 * PATCH /api/groups/{id}: the fields given replace the stored ones (at least one). The facilitator is either a
 * user of the agency or a typed name: setting one clears the other; `null` clears it.
 */
export const updateGroupSchema = z
  .object({
    status: z.enum(groupStatuses).optional(),
    name: text(200).optional(),
    communeCode: z.string().min(1).max(10).optional(),
    startedOn: day.optional(),
    livelihoodFocus: z.string().min(1).max(100).optional(),
    facilitatorUserId: z.uuid().nullable().optional(),
    facilitatorName: text(200).nullable().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: 'Nothing to change',
    path: ['status'],
  });
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

export const groupListQuerySchema = z.object({
  provinceCode: z.string().max(10).optional(),
  communeCode: z.string().max(10).optional(),
  status: z.enum(groupStatuses).optional(),
});

export const addMemberSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('survivor'), caseId: z.uuid(), joinedOn: day }),
  z.object({ kind: z.literal('community'), name: text(200), joinedOn: day }),
]);
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const memberLeftSchema = z.object({ leftOn: day });

export const recordMeetingSchema = z.object({
  heldOn: day,
  topic: text(500),
  activities: z.array(z.string().min(1).max(100)).min(1).max(10),
  /** Always recorded, so reports count attendance without knowing who came. */
  attendedCount: z.number().int().min(0).max(10_000),
  /** Members who came (member ids); optional, and never more than the count. */
  attendeeIds: z.array(z.uuid()).max(500).default([]),
  savingsVnd: z.number().int().min(0).max(MAX_VND).default(0),
  businessStarts: z.number().int().min(0).max(10_000).default(0),
});
export type RecordMeetingInput = z.input<typeof recordMeetingSchema>;

export const groupReportSchema = z.object({
  meetings: z.number().int(),
  members: z.object({ survivor: z.number().int(), community: z.number().int(), active: z.number().int() }),
  /** Attendances over (meetings × active members at the time), 0–1; null before the first meeting. */
  attendanceRate: z.number().min(0).max(1).nullable(),
  savingsVnd: z.number().int(),
  businessStarts: z.number().int(),
  activities: z.record(z.string(), z.number().int()),
  lastMeetingOn: z.string().nullable(),
});
export type GroupReport = z.infer<typeof groupReportSchema>;

export const groupSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  agency: ref,
  startedOn: z.string(),
  status: z.enum(groupStatuses),
  livelihoodFocus: z.string(),
  memberCount: z.number().int(),
  meetingCount: z.number().int(),
  /** The reader's agency facilitates the group and the reader may manage it. */
  mayManage: z.boolean(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;
export const groupListSchema = z.object({ items: z.array(groupSummarySchema) });

export const groupMemberSchema = z.object({
  id: z.string(),
  kind: z.enum(memberKinds),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  /** False: "a member (case held elsewhere)" — the reader may not see this member's case or name. */
  identified: z.boolean(),
  name: z.string().nullable(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  /** Meetings attended; for the facilitating agency only. */
  meetingsAttended: z.number().int().nullable(),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const groupMeetingSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  activities: z.array(z.string()),
  attendedCount: z.number().int(),
  savingsVnd: z.number().int(),
  businessStarts: z.number().int(),
  /** Member ids of who came; for the facilitating agency only. */
  attendeeIds: z.array(z.string()).nullable(),
});
export type GroupMeeting = z.infer<typeof groupMeetingSchema>;

export const groupViewSchema = groupSummarySchema.extend({
  facilitator: z.string().nullable(),
  /** Set when the facilitator is a user of the agency (not a typed name). */
  facilitatorUserId: z.string().nullable(),
  members: z.array(groupMemberSchema),
  meetings: z.array(groupMeetingSchema),
  report: groupReportSchema,
});
export type GroupView = z.infer<typeof groupViewSchema>;

export const caseGroupSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  agency: ref,
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  /** Meetings attended; null when the reader's agency does not facilitate the group. */
  meetingsAttended: z.number().int().nullable(),
});
export const caseGroupsSchema = z.object({ items: z.array(caseGroupSchema) });
export type CaseGroups = z.infer<typeof caseGroupsSchema>;

export const caseCandidateQuerySchema = z.object({ code: z.string().trim().min(3).max(40) });
/** A case the facilitator may add, found by its number; no name (the number is what the worker types). */
export const caseCandidatesSchema = z.object({
  items: z.array(z.object({ id: z.string(), code: z.string(), receivedOn: z.string(), member: z.boolean() })),
});
export type CaseCandidates = z.infer<typeof caseCandidatesSchema>;

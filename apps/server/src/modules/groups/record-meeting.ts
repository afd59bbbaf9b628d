import {
  type GroupMeeting,
  isMemberOn,
  type RecordMeetingInput,
  recordMeetingSchema,
  todayInVietNam,
  vocabularies,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { selfHelpGroupAttendance, selfHelpGroupMeetings, selfHelpGroupMembers } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { fieldProblem, invalid, managedGroup, sealFor } from './group-rows';

const activityCodes = new Set(vocabularies['vn-group-activity'].codes.map((entry) => entry.code));

/**
 * Records a meeting: its day, topic (sealed: it may speak of someone), activities, the number who came, who
 * came where the facilitator notes it, and the group's outcomes of the day. All checks run before any write.
 */
export async function recordMeeting(
  ctx: RequestContext,
  groupId: string,
  raw: RecordMeetingInput,
): Promise<GroupMeeting> {
  authorize(ctx, 'group.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const input = recordMeetingSchema.parse(raw);
  if (input.heldOn > todayInVietNam()) throw invalid(fieldProblem('heldOn', 'group_date_in_future'));
  const unknown = input.activities.findIndex((activity) => !activityCodes.has(activity));
  if (unknown >= 0) throw invalid(fieldProblem(`activities.${unknown}`, 'group_activity_unknown'));
  const attendees = [...new Set(input.attendeeIds)];
  if (attendees.length > input.attendedCount)
    throw invalid(fieldProblem('attendedCount', 'group_attendance_below_list'));
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId);
    if (group.status === 'closed') throw new AppError(409, 'group.closed');
    if (input.heldOn < group.startedOn) throw invalid(fieldProblem('heldOn', 'group_meeting_before_start'));
    if (attendees.length > 0) {
      const members = await tx
        .select()
        .from(selfHelpGroupMembers)
        .where(eq(selfHelpGroupMembers.groupId, group.id));
      const byId = new Map(members.map((member) => [member.id, member]));
      const stranger = attendees.findIndex((id) => {
        const member = byId.get(id);
        return !member || !isMemberOn(member, input.heldOn);
      });
      if (stranger >= 0) throw invalid(fieldProblem(`attendeeIds.${stranger}`, 'group_attendee_not_member'));
    }
    const id = newId();
    await tx.insert(selfHelpGroupMeetings).values({
      id,
      groupId: group.id,
      heldOn: input.heldOn,
      topicSealed: ctx.secrets.seal(input.topic, sealFor.topic(id)),
      activities: input.activities,
      attendedCount: input.attendedCount,
      savingsVnd: input.savingsVnd,
      businessStarts: input.businessStarts,
      recordedBy: actor.userId,
    });
    if (attendees.length > 0)
      await tx
        .insert(selfHelpGroupAttendance)
        .values(attendees.map((memberId) => ({ meetingId: id, memberId, groupId: group.id })));
    await recordAudit(tx, ctx, {
      action: 'group.meeting_record',
      resourceType: 'self_help_group',
      resourceId: group.id,
      details: { meeting: id, attended: input.attendedCount, listed: attendees.length },
    });
    return {
      id,
      heldOn: input.heldOn,
      topic: input.topic,
      activities: input.activities,
      attendedCount: input.attendedCount,
      savingsVnd: input.savingsVnd,
      businessStarts: input.businessStarts,
      attendeeIds: attendees,
    };
  });
}

import { type GroupMeeting, type GroupView, groupReport, todayInVietNam } from '@lantern/domain';
import { desc, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { selfHelpGroupMeetings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { staffNames } from '../case-work/case-in-work';
import { readMembers } from './group-members';
import { type GroupRow, mayManage, readableGroup, sealFor } from './group-rows';

/** Meetings of a group are a few a month; the page shows the latest 500 and the report counts them. */
const MEETINGS = 500;

async function facilitatorOf(tx: Tx, ctx: RequestContext, group: GroupRow): Promise<string | null> {
  if (group.facilitatorUserId)
    return (await staffNames(tx, [group.facilitatorUserId])).get(group.facilitatorUserId) ?? null;
  if (group.facilitatorNameSealed)
    return ctx.secrets.open(group.facilitatorNameSealed, sealFor.facilitator(group.id));
  return null;
}

async function attendeesByMeeting(tx: Tx, groupId: string): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ meeting_id: string; members: string[] }>(
    tx,
    sql`select meeting_id, array_agg(member_id order by member_id) as members
        from self_help_group_attendance where group_id = ${groupId} group by meeting_id`,
  );
  return new Map(rows.map((row) => [row.meeting_id, row.members]));
}

/**
 * One group: members as this reader may see them, meetings, and the report. Returning a name or a case link
 * is a read of identifying data, audited in the same transaction; a reader who sees only counts leaves no
 * identity read behind because none happened.
 */
export async function getGroup(ctx: RequestContext, id: string): Promise<GroupView> {
  authorize(ctx, 'group.read', 'group.manage');
  return ctx.transaction(async (tx) => {
    const { group, agencyName } = await readableGroup(tx, id);
    const managing = mayManage(ctx, group);
    const { members, rows, identified } = await readMembers(tx, ctx, group);
    const meetingRows = await tx
      .select()
      .from(selfHelpGroupMeetings)
      .where(eq(selfHelpGroupMeetings.groupId, group.id))
      .orderBy(desc(selfHelpGroupMeetings.heldOn), desc(selfHelpGroupMeetings.createdAt))
      .limit(MEETINGS);
    const attendees = managing ? await attendeesByMeeting(tx, group.id) : null;
    const meetings: GroupMeeting[] = meetingRows.map((meeting) => ({
      id: meeting.id,
      heldOn: meeting.heldOn,
      topic: ctx.secrets.open(meeting.topicSealed, sealFor.topic(meeting.id)),
      activities: meeting.activities,
      attendedCount: meeting.attendedCount,
      savingsVnd: meeting.savingsVnd,
      businessStarts: meeting.businessStarts,
      attendeeIds: attendees ? (attendees.get(meeting.id) ?? []) : null,
    }));
    if (identified > 0)
      await recordAudit(tx, ctx, {
        action: 'group.members_read',
        resourceType: 'self_help_group',
        resourceId: group.id,
        details: { identified },
      });
    return {
      id: group.id,
      name: group.name,
      provinceCode: group.provinceCode,
      communeCode: group.communeCode,
      agency: { id: group.agencyId, name: agencyName },
      startedOn: group.startedOn,
      status: group.status,
      livelihoodFocus: group.livelihoodFocus,
      memberCount: rows.length,
      meetingCount: meetingRows.length,
      mayManage: managing,
      facilitator: await facilitatorOf(tx, ctx, group),
      facilitatorUserId: group.facilitatorUserId,
      members,
      meetings,
      report: groupReport(rows, meetingRows, todayInVietNam()),
    };
  });
}

import { todayInVietNam } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { selfHelpGroupMemberCases, selfHelpGroupMembers } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent } from '../case-work/case-in-work';
import { fieldProblem, invalid, managedGroup } from './group-rows';

/** Records the day a member left the group; the row stays, so past meetings keep their members. */
export async function memberLeft(
  ctx: RequestContext,
  groupId: string,
  memberId: string,
  leftOn: string,
): Promise<{ id: string; leftOn: string }> {
  authorize(ctx, 'group.manage');
  if (leftOn > todayInVietNam()) throw invalid(fieldProblem('leftOn', 'group_date_in_future'));
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId);
    const [member] = await tx
      .select()
      .from(selfHelpGroupMembers)
      .where(and(eq(selfHelpGroupMembers.id, memberId), eq(selfHelpGroupMembers.groupId, group.id)));
    if (!member) throw notFound();
    if (member.leftOn) throw new AppError(409, 'group.member_already_left');
    if (leftOn < member.joinedOn) throw invalid(fieldProblem('leftOn', 'group_left_before_joined'));
    await tx.update(selfHelpGroupMembers).set({ leftOn }).where(eq(selfHelpGroupMembers.id, member.id));
    // The case's timeline gets the line only when the case is visible to the actor (RLS hides the link otherwise).
    const [link] = await tx
      .select({ caseId: selfHelpGroupMemberCases.caseId })
      .from(selfHelpGroupMemberCases)
      .where(eq(selfHelpGroupMemberCases.memberId, member.id));
    if (link) await addCaseEvent(tx, ctx, link.caseId, 'group.left', { group: group.id });
    await recordAudit(tx, ctx, {
      action: 'group.member_leave',
      resourceType: 'self_help_group',
      resourceId: group.id,
      details: { member: member.id },
    });
    return { id: member.id, leftOn };
  });
}

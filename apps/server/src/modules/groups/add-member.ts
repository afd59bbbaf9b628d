import { type AddMemberInput, type GroupMember, todayInVietNam } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, selfHelpGroupMemberCases, selfHelpGroupMembers } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent } from '../case-work/case-in-work';
import { fieldProblem, invalid, managedGroup, sealFor } from './group-rows';

/**
 * Adds a survivor (one of the cases the actor may see) or a community member (a sealed name) to a group the
 * actor's agency facilitates. A survivor's joining is also a line on their case's timeline.
 */
export async function addMember(
  ctx: RequestContext,
  groupId: string,
  input: AddMemberInput,
): Promise<GroupMember> {
  authorize(ctx, 'group.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.joinedOn > todayInVietNam()) throw invalid(fieldProblem('joinedOn', 'group_date_in_future'));
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId);
    if (group.status === 'closed') throw new AppError(409, 'group.closed');
    if (input.joinedOn < group.startedOn)
      throw invalid(fieldProblem('joinedOn', 'group_joined_before_start'));
    const id = newId();
    let caseCode: string | null = null;
    if (input.kind === 'survivor') {
      const [kase] = await tx
        .select({ id: cases.id, code: cases.code })
        .from(cases)
        .where(and(caseScope(ctx), eq(cases.id, input.caseId)));
      // A case the actor may not see is named in the field, as one that does not exist.
      if (!kase) throw invalid(fieldProblem('caseId', 'group_case_not_found'));
      const [already] = await tx
        .select({ memberId: selfHelpGroupMemberCases.memberId })
        .from(selfHelpGroupMemberCases)
        .where(
          and(eq(selfHelpGroupMemberCases.groupId, group.id), eq(selfHelpGroupMemberCases.caseId, kase.id)),
        );
      if (already) throw invalid(fieldProblem('caseId', 'group_member_already'));
      caseCode = kase.code;
    }
    await tx.insert(selfHelpGroupMembers).values({
      id,
      groupId: group.id,
      kind: input.kind,
      nameSealed: input.kind === 'community' ? ctx.secrets.seal(input.name, sealFor.memberName(id)) : null,
      joinedOn: input.joinedOn,
      addedBy: actor.userId,
    });
    if (input.kind === 'survivor') {
      // Two facilitators adding the same person at once: the unique index decides, and the loser's whole
      // transaction (the member row too) is undone with the same answer as the check above.
      const linked = await tx
        .insert(selfHelpGroupMemberCases)
        .values({ memberId: id, groupId: group.id, caseId: input.caseId })
        .onConflictDoNothing()
        .returning({ memberId: selfHelpGroupMemberCases.memberId });
      if (linked.length === 0) throw invalid(fieldProblem('caseId', 'group_member_already'));
      await addCaseEvent(tx, ctx, input.caseId, 'group.joined', { group: group.id });
    }
    // A survivor's joining is filed under their case, so the case's audit trail shows it.
    const survivorCase = input.kind === 'survivor' ? input.caseId : null;
    await recordAudit(tx, ctx, {
      action: 'group.member_add',
      resourceType: survivorCase ? 'case' : 'self_help_group',
      resourceId: survivorCase ?? group.id,
      details: { group: group.id, member: id, kind: input.kind },
    });
    return {
      id,
      kind: input.kind,
      joinedOn: input.joinedOn,
      leftOn: null,
      identified: true,
      name: input.kind === 'community' ? input.name : null,
      caseId: input.kind === 'survivor' ? input.caseId : null,
      caseCode,
      meetingsAttended: 0,
    };
  });
}

import type { CaseGroups } from '@lantern/domain';
import { asc, eq } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, selfHelpGroupMemberCases, selfHelpGroupMembers, selfHelpGroups } from '../../db/schema';
import { caseForWork } from '../case-work/case-in-work';
import { attendanceByMember } from './group-members';

/**
 * The groups a case's person takes part in, for those who work on the case. Saying that this person belongs
 * to that group is a read about the person, audited when there is anything to say.
 */
export async function caseGroups(ctx: RequestContext, caseId: string): Promise<CaseGroups> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { row } = await caseForWork(tx, ctx, caseId);
    const rows = await tx
      .select({ member: selfHelpGroupMembers, group: selfHelpGroups, agencyName: agencies.name })
      .from(selfHelpGroupMemberCases)
      .innerJoin(selfHelpGroupMembers, eq(selfHelpGroupMembers.id, selfHelpGroupMemberCases.memberId))
      .innerJoin(selfHelpGroups, eq(selfHelpGroups.id, selfHelpGroupMemberCases.groupId))
      .innerJoin(agencies, eq(agencies.id, selfHelpGroups.agencyId))
      .where(eq(selfHelpGroupMemberCases.caseId, row.id))
      .orderBy(asc(selfHelpGroupMembers.joinedOn));
    const items = [];
    for (const { member, group, agencyName } of rows) {
      const facilitating = group.agencyId === ctx.actor?.agencyId && can(ctx, 'group.manage');
      const attended = facilitating ? await attendanceByMember(tx, group.id) : null;
      items.push({
        groupId: group.id,
        groupName: group.name,
        provinceCode: group.provinceCode,
        communeCode: group.communeCode,
        agency: { id: group.agencyId, name: agencyName },
        joinedOn: member.joinedOn,
        leftOn: member.leftOn,
        meetingsAttended: attended ? (attended.get(member.id) ?? 0) : null,
      });
    }
    if (items.length > 0)
      await recordAudit(tx, ctx, {
        action: 'group.case_participation_read',
        resourceType: 'case',
        resourceId: row.id,
        details: { groups: items.length },
      });
    return { items };
  });
}

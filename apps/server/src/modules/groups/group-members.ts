import type { GroupMember } from '@lantern/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { caseScope, mayViewIdentity, reachTo } from '../../access/case-policy';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { cases, persons, selfHelpGroupMemberCases, selfHelpGroupMembers } from '../../db/schema';
import type { Tx } from '../../db/types';
import { openIdentity } from '../cases/person-identity';
import { type GroupRow, mayManage, sealFor } from './group-rows';

export type MemberRow = typeof selfHelpGroupMembers.$inferSelect;

/** Meetings attended per member: the attendance list is the facilitating agency's alone (RLS agrees). */
export async function attendanceByMember(tx: Tx, groupId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ member_id: string; n: number }>(
    tx,
    sql`select member_id, count(*)::int as n from self_help_group_attendance
        where group_id = ${groupId} group by member_id`,
  );
  return new Map(rows.map((row) => [row.member_id, row.n]));
}

/**
 * The group's members as this reader may see them. A survivor is identified (case number, and the name where
 * the case policy opens the identity) only when the reader may see the case — the same rule as the case list,
 * in the query and in row-level security on the link table. A community member's name is for the facilitating
 * agency. Everyone else reads "a member" with dates and kind, which is what the report counts.
 */
export async function readMembers(
  tx: Tx,
  ctx: RequestContext,
  group: GroupRow,
): Promise<{ members: GroupMember[]; rows: MemberRow[]; identified: number }> {
  const managing = mayManage(ctx, group);
  const rows = await tx
    .select()
    .from(selfHelpGroupMembers)
    .where(eq(selfHelpGroupMembers.groupId, group.id))
    .orderBy(asc(selfHelpGroupMembers.joinedOn), asc(selfHelpGroupMembers.id));
  const links = await tx
    .select({ memberId: selfHelpGroupMemberCases.memberId, kase: cases, person: persons })
    .from(selfHelpGroupMemberCases)
    .innerJoin(cases, and(eq(cases.id, selfHelpGroupMemberCases.caseId), caseScope(ctx)))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(selfHelpGroupMemberCases.groupId, group.id));
  const byMember = new Map(links.map((link) => [link.memberId, link]));
  const attended = managing ? await attendanceByMember(tx, group.id) : null;
  let identified = 0;
  const members: GroupMember[] = [];
  for (const row of rows) {
    const base = {
      id: row.id,
      kind: row.kind,
      joinedOn: row.joinedOn,
      leftOn: row.leftOn,
      meetingsAttended: attended ? (attended.get(row.id) ?? 0) : null,
    };
    const link = byMember.get(row.id);
    if (row.kind === 'survivor' && link) {
      const reach = await reachTo(tx, ctx, link.kase);
      const name = mayViewIdentity(ctx, reach)
        ? openIdentity(ctx.secrets, link.person.id, link.person.identitySealed).fullName
        : null;
      identified += 1;
      members.push({ ...base, identified: true, name, caseId: link.kase.id, caseCode: link.kase.code });
    } else if (row.kind === 'community' && managing && row.nameSealed) {
      identified += 1;
      const name = ctx.secrets.open(row.nameSealed, sealFor.memberName(row.id));
      members.push({ ...base, identified: true, name, caseId: null, caseCode: null });
    } else {
      members.push({ ...base, identified: false, name: null, caseId: null, caseCode: null });
    }
  }
  return { members, rows, identified };
}

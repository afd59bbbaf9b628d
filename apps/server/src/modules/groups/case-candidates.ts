import type { CaseCandidates } from '@lantern/domain';
import { and, desc, ilike, sql } from 'drizzle-orm';
import { caseListScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { cases } from '../../db/schema';
import { managedGroup } from './group-rows';

const FOUND = 10;

/** Typed text stays text: % and _ are matched as themselves, not as wildcards. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Cases the facilitator may add to a group, found by (part of) their number among the cases they may see —
 * the list scope of the case list, so nothing outside it is found. Numbers only: no name is read.
 */
export async function caseCandidates(
  ctx: RequestContext,
  groupId: string,
  code: string,
): Promise<CaseCandidates> {
  authorize(ctx, 'group.manage');
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId, { lock: false });
    const rows = await tx
      .select({
        id: cases.id,
        code: cases.code,
        receivedOn: cases.receivedOn,
        member: sql<boolean>`exists (select 1 from self_help_group_member_cases l
          where l.group_id = ${group.id} and l.case_id = ${cases.id})`,
      })
      .from(cases)
      .where(and(await caseListScope(tx, ctx), ilike(cases.code, `%${literal(code)}%`)))
      .orderBy(sql`${cases.code} = ${code} desc`, desc(cases.receivedOn))
      .limit(FOUND);
    return { items: rows };
  });
}

import type { GroupSummary, groupListQuerySchema } from '@lantern/domain';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies, selfHelpGroups } from '../../db/schema';
import { mayManage } from './group-rows';

/** A list is a page, never the whole country: groups are few per commune, and 200 fill any screen. */
const PAGE = 200;

/**
 * Groups by place and status, with their member and meeting counts. Nothing here names a person, so the list
 * is for every reader of groups and is not audited.
 */
export async function listGroups(
  ctx: RequestContext,
  query: z.infer<typeof groupListQuerySchema>,
): Promise<{ items: GroupSummary[] }> {
  authorize(ctx, 'group.read', 'group.manage');
  const filters: SQL[] = [];
  if (query.provinceCode) filters.push(eq(selfHelpGroups.provinceCode, query.provinceCode));
  if (query.communeCode) filters.push(eq(selfHelpGroups.communeCode, query.communeCode));
  if (query.status) filters.push(eq(selfHelpGroups.status, query.status));
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({
        group: selfHelpGroups,
        agencyName: agencies.name,
        members: sql<number>`(select count(*)::int from self_help_group_members m where m.group_id = ${selfHelpGroups.id})`,
        meetings: sql<number>`(select count(*)::int from self_help_group_meetings g where g.group_id = ${selfHelpGroups.id})`,
      })
      .from(selfHelpGroups)
      .innerJoin(agencies, eq(agencies.id, selfHelpGroups.agencyId))
      .where(and(...filters))
      .orderBy(desc(selfHelpGroups.startedOn), selfHelpGroups.id)
      .limit(PAGE);
    return {
      items: rows.map(({ group, agencyName, members, meetings }) => ({
        id: group.id,
        name: group.name,
        provinceCode: group.provinceCode,
        communeCode: group.communeCode,
        agency: { id: group.agencyId, name: agencyName },
        startedOn: group.startedOn,
        status: group.status,
        livelihoodFocus: group.livelihoodFocus,
        memberCount: members,
        meetingCount: meetings,
        mayManage: mayManage(ctx, group),
      })),
    };
  });
}

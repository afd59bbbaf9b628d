import type { Pathway } from '@lantern/domain';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { referralPathways } from '../../db/schema';
import { toPathwayView } from './pathway-view';

/** The pathways the actor's agency can start: the nation's and its own province's, active ones first. */
export async function listPathways(ctx: RequestContext): Promise<Pathway[]> {
  authorize(ctx, 'referral.create', 'referral.respond', 'case.read', 'admin.vocabularies.manage');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(referralPathways)
      .where(
        or(
          isNull(referralPathways.provinceCode),
          and(eq(referralPathways.provinceCode, sql`lantern_current_province()`)),
        ),
      )
      .orderBy(asc(referralPathways.provinceCode), asc(referralPathways.createdAt))
      .limit(200);
    return rows.map(toPathwayView).sort((a, b) => Number(b.active) - Number(a.active));
  });
}

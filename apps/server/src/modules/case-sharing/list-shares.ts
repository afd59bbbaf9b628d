import type { CaseShare } from '@lantern/domain';
import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies, caseShares } from '../../db/schema';
import { ownCase } from './share-case';
import { toShareView } from './share-view';

/** Who the owning agency has opened the case to, including revoked shares. */
export async function listShares(ctx: RequestContext, caseId: string): Promise<CaseShare[]> {
  authorize(ctx, 'case.read');
  return ctx.transaction(async (tx) => {
    await ownCase(tx, ctx, caseId);
    const rows = await tx
      .select({ share: caseShares, agencyName: agencies.name })
      .from(caseShares)
      .innerJoin(agencies, eq(agencies.id, caseShares.agencyId))
      .where(and(eq(caseShares.caseId, caseId)))
      .orderBy(desc(caseShares.grantedAt));
    return rows.map((row) => toShareView(row.share, row.agencyName));
  });
}

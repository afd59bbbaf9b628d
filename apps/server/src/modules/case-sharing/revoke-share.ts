import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { caseShares } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { endShares } from './end-shares';
import { ownCase } from './share-case';

/** Ends another agency's access to the case at once; its readers are told. */
export async function revokeShare(ctx: RequestContext, caseId: string, shareId: string): Promise<void> {
  authorize(ctx, 'referral.create', 'case.update');
  await ctx.transaction(async (tx) => {
    await ownCase(tx, ctx, caseId);
    const [share] = await tx
      .select()
      .from(caseShares)
      .where(and(eq(caseShares.id, shareId), eq(caseShares.caseId, caseId)))
      .for('update');
    if (!share) throw notFound();
    if (share.revokedAt) throw new AppError(409, 'case.share.already_revoked');
    await endShares(tx, ctx, caseId, [{ id: share.id, agency_id: share.agencyId }], 'revoked');
  });
}

import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseEvents, caseShares } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { ownCase } from './share-case';

/** Ends another agency's access to the case at once. */
export async function revokeShare(ctx: RequestContext, caseId: string, shareId: string): Promise<void> {
  authorize(ctx, 'referral.create', 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  await ctx.transaction(async (tx) => {
    await ownCase(tx, ctx, caseId);
    const [share] = await tx
      .select()
      .from(caseShares)
      .where(and(eq(caseShares.id, shareId), eq(caseShares.caseId, caseId)));
    if (!share) throw notFound();
    if (share.revokedAt) throw new AppError(409, 'case.share.already_revoked');
    await tx
      .update(caseShares)
      .set({ revokedAt: new Date(), revokedBy: actor.userId })
      .where(eq(caseShares.id, shareId));
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId,
      actorUserId: actor.userId,
      kind: 'share.revoked',
      details: { agencyId: share.agencyId },
    });
    await recordAudit(tx, ctx, {
      action: 'case.share_revoke',
      resourceType: 'case',
      resourceId: caseId,
      details: { agencyId: share.agencyId },
    });
  });
}

import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { duplicateCandidates } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';

export type DuplicateDecision = 'merge' | 'dismiss' | 'reopen';

const next: Record<
  DuplicateDecision,
  { from: Array<'open' | 'merged' | 'dismissed'>; to: 'open' | 'merged' | 'dismissed' }
> = {
  merge: { from: ['open'], to: 'merged' },
  dismiss: { from: ['open'], to: 'dismissed' },
  // Undoes a merge or a dismissal: the pair is open again and the link between the records is gone.
  reopen: { from: ['merged', 'dismissed'], to: 'open' },
};

/** A supervisor's decision on a pair; reversible, audited. Another agency's pair is not found. */
export async function decideDuplicate(ctx: RequestContext, id: string, decision: DuplicateDecision) {
  authorize(ctx, 'case.merge');
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(duplicateCandidates)
      .where(eq(duplicateCandidates.id, id))
      .for('update');
    if (!row) throw notFound();
    const rule = next[decision];
    if (!rule.from.includes(row.status))
      throw new AppError(409, 'duplicates.not_allowed', { status: row.status });
    await tx
      .update(duplicateCandidates)
      .set({ status: rule.to, decidedBy: ctx.actor?.userId ?? null, decidedAt: new Date() })
      .where(eq(duplicateCandidates.id, id));
    await recordAudit(tx, ctx, {
      action: `duplicates.${decision}`,
      resourceType: 'duplicate_pair',
      resourceId: id,
      details: { from: row.status, to: rule.to, band: row.band },
    });
    return { id, status: rule.to };
  });
}

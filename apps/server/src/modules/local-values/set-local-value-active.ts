import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { vocabularyLocalValues } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import type { LocalValueRow } from './stored-values';

/**
 * Retires or reactivates one local value and audits it in the same transaction. The row the database
 * gives back must hold the new state; otherwise row-level security kept it from changing.
 */
export async function setLocalValueActive(
  tx: Tx,
  ctx: RequestContext,
  current: LocalValueRow,
  active: boolean,
): Promise<LocalValueRow> {
  const [row = current] = await tx
    .update(vocabularyLocalValues)
    .set({ active, updatedAt: new Date() })
    .where(eq(vocabularyLocalValues.id, current.id))
    .returning();
  if (row.active !== active) throw notFound();
  await recordAudit(tx, ctx, {
    action: active ? 'admin.vocabulary_value.reactivate' : 'admin.vocabulary_value.retire',
    resourceType: 'vocabulary_value',
    resourceId: row.id,
    details: { vocabularyId: row.vocabularyId, code: row.code },
  });
  return row;
}

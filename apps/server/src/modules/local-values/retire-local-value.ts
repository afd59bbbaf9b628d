import type { LocalValueView } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { vocabularyLocalValues } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { toLocalValueView } from './local-value-view';
import { builtInVocabulary, findLocalValue, readLocalValues, resolveVocabulary } from './stored-values';

/**
 * Stops offering a local value for new entries. It is never deleted: records that hold its code keep
 * their label and HTCDS export, and the code cannot be given to another value.
 */
export async function retireLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
): Promise<LocalValueView> {
  authorize(ctx, 'admin.vocabularies.manage');
  const builtIn = builtInVocabulary(vocabularyId);
  return ctx.transaction(async (tx) => {
    const current = await findLocalValue(tx, builtIn, code);
    let row = current;
    if (current.active) {
      [row = current] = await tx
        .update(vocabularyLocalValues)
        .set({ active: false, updatedAt: new Date() })
        .where(eq(vocabularyLocalValues.id, current.id))
        .returning();
      if (row.active) throw notFound();
      await recordAudit(tx, ctx, {
        action: 'admin.vocabulary_value.retire',
        resourceType: 'vocabulary_value',
        resourceId: row.id,
        details: { vocabularyId, code: row.code },
      });
    }
    const rows = await readLocalValues(tx, vocabularyId);
    return toLocalValueView(ctx.locale, resolveVocabulary(builtIn, rows).all, row);
  });
}

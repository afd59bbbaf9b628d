import type { LocalValueView, Vocabulary } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { vocabularyLocalValues } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import { toLocalValueView } from './local-value-view';
import {
  builtInVocabulary,
  findLocalValue,
  type LocalValueRow,
  readLocalValues,
  resolveVocabulary,
} from './stored-values';

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

/**
 * One administrator's change to a local value, in one transaction: `change` gets the stored value and
 * gives back the row as it now stands; the answer shows it as the vocabulary now resolves it.
 */
export async function changeLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
  change: (tx: Tx, builtIn: Vocabulary, current: LocalValueRow) => Promise<LocalValueRow>,
): Promise<LocalValueView> {
  authorize(ctx, 'admin.vocabularies.manage');
  const builtIn = builtInVocabulary(vocabularyId);
  return ctx.transaction(async (tx) => {
    const row = await change(tx, builtIn, await findLocalValue(tx, builtIn, code));
    const { all } = resolveVocabulary(builtIn, await readLocalValues(tx, vocabularyId));
    return toLocalValueView(ctx.locale, all, row);
  });
}

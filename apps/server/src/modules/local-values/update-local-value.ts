import {
  type Labels,
  type LocalValueView,
  supportedLocales,
  type UpdateLocalValueInput,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { vocabularyLocalValues } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { assertAcceptable } from './check-local-value';
import { cleanDescription, cleanExport } from './local-value-input';
import { toLocalValueView } from './local-value-view';
import { builtInVocabulary, findLocalValue, readLocalValues, resolveVocabulary } from './stored-values';

const sameTexts = (a: Partial<Labels> | null, b: Partial<Labels> | null) =>
  supportedLocales.every((locale) => (a?.[locale] ?? '') === (b?.[locale] ?? ''));

/**
 * Corrects the names, description or HTCDS export of a local value. Its code never changes, because
 * records hold it; built-in codes cannot be edited at all.
 */
export async function updateLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
  input: UpdateLocalValueInput,
): Promise<LocalValueView> {
  authorize(ctx, 'admin.vocabularies.manage');
  const builtIn = builtInVocabulary(vocabularyId);
  return ctx.transaction(async (tx) => {
    const current = await findLocalValue(tx, builtIn, code);
    const rows = await readLocalValues(tx, vocabularyId);
    const others = rows.filter((row) => row.id !== current.id);
    const labels = input.labels ?? current.labels;
    const description =
      input.description === undefined ? current.description : cleanDescription(input.description);
    const htcdsExport =
      input.htcdsExport === undefined ? current.htcdsExport : cleanExport(input.htcdsExport);
    const changed = [
      ...(sameTexts(labels, current.labels) ? [] : ['labels']),
      ...(sameTexts(description, current.description) ? [] : ['description']),
      ...(htcdsExport === current.htcdsExport ? [] : ['htcdsExport']),
    ];
    if (changed.length === 0)
      return toLocalValueView(ctx.locale, resolveVocabulary(builtIn, rows).all, current);

    assertAcceptable(ctx.locale, builtIn, others, {
      code: current.code,
      labels,
      ...(description ? { description } : {}),
      ...(htcdsExport ? { htcdsExport } : {}),
    });
    const [row] = await tx
      .update(vocabularyLocalValues)
      .set({ labels, description, htcdsExport, updatedAt: new Date() })
      .where(eq(vocabularyLocalValues.id, current.id))
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'admin.vocabulary_value.update',
      resourceType: 'vocabulary_value',
      resourceId: row.id,
      details: { vocabularyId, code: row.code, changed: changed.join(',') },
    });
    const { all } = resolveVocabulary(builtIn, await readLocalValues(tx, vocabularyId));
    return toLocalValueView(ctx.locale, all, row);
  });
}

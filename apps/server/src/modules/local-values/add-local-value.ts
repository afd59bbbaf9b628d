import type { CreateLocalValueInput, LocalValue, LocalValueView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { vocabularyLocalValues } from '../../db/schema';
import { newId } from '../../lib/ids';
import { assertAcceptable, codeTaken, isUniqueViolation } from './check-local-value';
import { cleanDescription, cleanExport } from './local-value-input';
import { toLocalValueView } from './local-value-view';
import { builtInVocabulary, readLocalValues, resolveVocabulary } from './stored-values';

/**
 * Adds a value to a vocabulary in the "local" namespace, after validateLocalValues has found no clash
 * with a built-in code or another local value (by code, or by label in any language).
 */
export async function addLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  input: CreateLocalValueInput,
): Promise<LocalValueView> {
  authorize(ctx, 'admin.vocabularies.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const builtIn = builtInVocabulary(vocabularyId);
  const description = cleanDescription(input.description);
  const htcdsExport = cleanExport(input.htcdsExport);
  const candidate: LocalValue = {
    code: input.code,
    labels: input.labels,
    ...(description ? { description } : {}),
    ...(htcdsExport ? { htcdsExport } : {}),
  };
  return ctx.transaction(async (tx) => {
    const others = await readLocalValues(tx, vocabularyId);
    assertAcceptable(ctx.locale, builtIn, others, candidate);
    const id = newId();
    let row: typeof vocabularyLocalValues.$inferSelect | undefined;
    try {
      [row] = await tx
        .insert(vocabularyLocalValues)
        .values({
          id,
          vocabularyId,
          code: candidate.code,
          labels: candidate.labels,
          description,
          htcdsExport,
          createdBy: actor.userId,
        })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(ctx.locale, candidate.code);
      throw error;
    }
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'admin.vocabulary_value.create',
      resourceType: 'vocabulary_value',
      resourceId: id,
      details: { vocabularyId, code: row.code, htcdsExport },
    });
    const { all } = resolveVocabulary(builtIn, [...others, row]);
    return toLocalValueView(ctx.locale, all, row);
  });
}

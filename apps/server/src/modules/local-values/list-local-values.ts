import type { LocalValuesResponse } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { toLocalValueView } from './local-value-view';
import { builtInVocabulary, readLocalValues, resolveVocabulary } from './stored-values';

/** Every value administrators added to a vocabulary, retired ones included, oldest first. */
export async function listLocalValues(
  ctx: RequestContext,
  vocabularyId: string,
): Promise<LocalValuesResponse> {
  authorize(ctx, 'admin.vocabularies.manage');
  const builtIn = builtInVocabulary(vocabularyId);
  const rows = await ctx.transaction((tx) => readLocalValues(tx, vocabularyId));
  const { all } = resolveVocabulary(builtIn, rows);
  return { vocabularyId, values: rows.map((row) => toLocalValueView(ctx.locale, all, row)) };
}

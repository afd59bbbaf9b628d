import type { LocalValueView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { assertAcceptable } from './check-local-value';
import { toLocalValueView } from './local-value-view';
import { setLocalValueActive } from './set-local-value-active';
import {
  builtInVocabulary,
  findLocalValue,
  readLocalValues,
  resolveVocabulary,
  toLocalValue,
} from './stored-values';

/**
 * Offers a retired local value again. It is checked once more, because a release may since have added
 * a built-in code with the same name or label; then the built-in code is the one to use.
 */
export async function reactivateLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
): Promise<LocalValueView> {
  authorize(ctx, 'admin.vocabularies.manage');
  const builtIn = builtInVocabulary(vocabularyId);
  return ctx.transaction(async (tx) => {
    const current = await findLocalValue(tx, builtIn, code);
    const others = (await readLocalValues(tx, vocabularyId)).filter((row) => row.id !== current.id);
    let row = current;
    if (!current.active) {
      assertAcceptable(ctx.locale, builtIn, others, toLocalValue(current));
      row = await setLocalValueActive(tx, ctx, current, true);
    }
    const { all } = resolveVocabulary(builtIn, await readLocalValues(tx, vocabularyId));
    return toLocalValueView(ctx.locale, all, row);
  });
}

import type { LocalValueView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { toLocalValueView } from './local-value-view';
import { setLocalValueActive } from './set-local-value-active';
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
    if (current.active) row = await setLocalValueActive(tx, ctx, current, false);
    const rows = await readLocalValues(tx, vocabularyId);
    return toLocalValueView(ctx.locale, resolveVocabulary(builtIn, rows).all, row);
  });
}

import type { LocalValueView } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { assertAcceptable } from './check-local-value';
import { changeLocalValue, setLocalValueActive } from './set-local-value-active';
import { readLocalValues, toLocalValue } from './stored-values';

/**
 * Offers a retired local value again. It is checked once more, because a release may since have added
 * a built-in code with the same name or label; then the built-in code is the one to use.
 */
export function reactivateLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
): Promise<LocalValueView> {
  return changeLocalValue(ctx, vocabularyId, code, async (tx, builtIn, current) => {
    if (current.active) return current;
    const others = (await readLocalValues(tx, vocabularyId)).filter((row) => row.id !== current.id);
    assertAcceptable(ctx.locale, builtIn, others, toLocalValue(current));
    return setLocalValueActive(tx, ctx, current, true);
  });
}

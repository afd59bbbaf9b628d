import type { LocalValueView } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { changeLocalValue, setLocalValueActive } from './set-local-value-active';

/**
 * Stops offering a local value for new entries. It is never deleted: records that hold its code keep
 * their label and HTCDS export, and the code cannot be given to another value.
 */
export function retireLocalValue(
  ctx: RequestContext,
  vocabularyId: string,
  code: string,
): Promise<LocalValueView> {
  return changeLocalValue(ctx, vocabularyId, code, async (tx, _builtIn, current) =>
    current.active ? setLocalValueActive(tx, ctx, current, false) : current,
  );
}

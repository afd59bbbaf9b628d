import type { IndicatorTargetView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { readIndicatorTargets } from './indicator-targets';

/** Every indicator target: programme data, no figure about anyone, so nothing to audit. */
export async function listIndicatorTargets(ctx: RequestContext): Promise<{ targets: IndicatorTargetView[] }> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate', 'admin.indicator_targets.manage');
  return { targets: await ctx.transaction((tx) => readIndicatorTargets(tx)) };
}

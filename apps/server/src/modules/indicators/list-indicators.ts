import { type IndicatorSummary, isNationalOnly, seededIndicators } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { nationalTargetsByIndicator, readIndicatorTargets } from './indicator-targets';
import { subjectSql } from './subject-sql';

/**
 * The indicator catalogue: definitions and the national targets an administrator entered; no figure, so
 * nothing to scope or audit. The administrator who enters targets reads it too, to know what to enter.
 */
export async function listIndicators(ctx: RequestContext): Promise<{ indicators: IndicatorSummary[] }> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate', 'admin.indicator_targets.manage');
  const targets = nationalTargetsByIndicator(await ctx.transaction((tx) => readIndicatorTargets(tx)));
  return {
    indicators: seededIndicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      block: indicator.block,
      dimensions: indicator.dimensions,
      targets: targets.get(indicator.code) ?? indicator.targets,
      evaluable: subjectSql[indicator.block.subject] !== undefined,
      nationalOnly: isNationalOnly(indicator),
    })),
  };
}

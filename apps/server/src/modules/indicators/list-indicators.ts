import { type IndicatorSummary, seededIndicators } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { subjectSql } from './subject-sql';

/** The indicator catalogue: definitions only, no figure, so nothing to scope or audit. */
export function listIndicators(ctx: RequestContext): { indicators: IndicatorSummary[] } {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  return {
    indicators: seededIndicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      block: indicator.block,
      dimensions: indicator.dimensions,
      targets: indicator.targets,
      evaluable: subjectSql[indicator.block.subject] !== undefined,
    })),
  };
}

import { type IndicatorSummary, isNationalOnly } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { type CatalogueEntry, readCatalogue } from './catalogue-source';
import { nationalTargetsByIndicator, readIndicatorTargets } from './indicator-targets';
import { subjectSql } from './subject-sql';

type Targets = ReturnType<typeof nationalTargetsByIndicator>;

export function summaryOf({ definition, custom }: CatalogueEntry, targets: Targets): IndicatorSummary {
  return {
    code: definition.code,
    name: definition.name,
    definition: definition.definition,
    unit: definition.unit,
    block: definition.block,
    dimensions: definition.dimensions,
    targets: targets.get(definition.code) ?? definition.targets,
    evaluable: subjectSql[definition.block.subject] !== undefined,
    nationalOnly: isNationalOnly(definition),
    custom,
  };
}

/**
 * The indicator catalogue: Lantern's seeded definitions and the administrators' own, with the national targets
 * an administrator entered; no figure, so nothing to scope or audit. The administrators who enter targets or
 * compose indicators read it too.
 */
export async function listIndicators(ctx: RequestContext): Promise<{ indicators: IndicatorSummary[] }> {
  authorize(
    ctx,
    'indicators.read',
    'stats.read_aggregate',
    'admin.indicator_targets.manage',
    'admin.indicators.manage',
  );
  return ctx.transaction(async (tx) => {
    const targets = nationalTargetsByIndicator(await readIndicatorTargets(tx));
    const catalogue = await readCatalogue(tx);
    return { indicators: catalogue.map((entry) => summaryOf(entry, targets)) };
  });
}

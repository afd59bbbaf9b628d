import {
  findIndicator,
  type IndicatorDefinition,
  type IndicatorSummary,
  indicatorDefinitionSchema,
} from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { customIndicators } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { summaryOf } from './list-indicators';

/**
 * An administrator composes an indicator from the catalogue's building blocks (issue #19): the definition
 * passes the same schema as a seeded one, and its code is new — neither seeded nor used before, retired
 * indicators included, so a figure read under a code always meant the same thing.
 */
export async function defineIndicator(
  ctx: RequestContext,
  input: IndicatorDefinition,
): Promise<IndicatorSummary> {
  authorize(ctx, 'admin.indicators.manage');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  // Targets are entered on their own screen and route, with their own audit trail.
  const definition = indicatorDefinitionSchema.parse({ ...input, targets: [] });
  if (findIndicator(definition.code)) codeTaken();
  return ctx.transaction(async (tx) => {
    const written = await tx
      .insert(customIndicators)
      .values({ code: definition.code, definition, definedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ code: customIndicators.code });
    if (written.length === 0) codeTaken();
    await recordAudit(tx, ctx, {
      action: 'indicator.define',
      resourceType: 'indicator',
      // The definition as written, so a figure can always be traced to what it counted.
      details: { indicator: definition.code, definition: JSON.stringify(definition) },
    });
    return summaryOf({ definition, custom: true }, new Map());
  });
}

function codeTaken(): never {
  throw new AppError(400, 'validation', {}, [{ field: 'code', code: 'indicator_code_taken', message: '' }]);
}

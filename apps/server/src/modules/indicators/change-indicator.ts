import {
  findIndicator,
  type IndicatorDefinition,
  type IndicatorSummary,
  indicatorDefinitionSchema,
} from '@lantern/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { customIndicators } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { FieldProblems } from '../support/support-checks';
import { summaryOf } from './list-indicators';

/** Lantern's own indicators are part of the programme's definitions: they are read, never changed here. */
function refuseSeeded(code: string): void {
  if (findIndicator(code)) throw new AppError(409, 'indicators.seeded');
}

/**
 * Changes an administrator's indicator. The audit event keeps the definition before and after, so a figure in
 * an older report can be traced to the definition it was computed with.
 */
export async function redefineIndicator(
  ctx: RequestContext,
  code: string,
  input: IndicatorDefinition,
): Promise<IndicatorSummary> {
  authorize(ctx, 'admin.indicators.manage');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  refuseSeeded(code);
  if (input.code !== code) new FieldProblems().add('code', 'indicator_code_fixed').throwIfAny();
  const definition = indicatorDefinitionSchema.parse({ ...input, targets: [] });
  return ctx.transaction(async (tx) => {
    const live = and(eq(customIndicators.code, code), isNull(customIndicators.retiredAt));
    const [before] = await tx
      .select({ definition: customIndicators.definition })
      .from(customIndicators)
      .where(live)
      .for('update');
    if (!before) throw notFound();
    await tx
      .update(customIndicators)
      .set({ definition, changedBy: actor.userId, changedAt: new Date() })
      .where(live);
    await recordAudit(tx, ctx, {
      action: 'indicator.redefine',
      resourceType: 'indicator',
      details: {
        indicator: code,
        before: JSON.stringify(before.definition),
        after: JSON.stringify(definition),
      },
    });
    return summaryOf({ definition, custom: true }, new Map());
  });
}

/** Retires an administrator's indicator: it leaves the catalogue and its code is never given again. */
export async function retireIndicator(ctx: RequestContext, code: string): Promise<void> {
  authorize(ctx, 'admin.indicators.manage');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  refuseSeeded(code);
  await ctx.transaction(async (tx) => {
    const retired = await tx
      .update(customIndicators)
      .set({ retiredAt: new Date(), changedBy: actor.userId, changedAt: new Date() })
      .where(and(eq(customIndicators.code, code), isNull(customIndicators.retiredAt)))
      .returning({ code: customIndicators.code });
    if (retired.length === 0) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'indicator.retire',
      resourceType: 'indicator',
      details: { indicator: code },
    });
  });
}

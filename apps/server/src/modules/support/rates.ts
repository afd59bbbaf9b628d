import type { SupportRateInput, SupportRateView } from '@lantern/domain';
import { asc, desc } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { supportRates } from '../../db/schema';
import { newId } from '../../lib/ids';
import { FieldProblems } from './support-checks';
import { type RateRow, toRateView } from './support-rows';

/** Every rate entered, by regime and newest first: the history is the configuration. */
export async function listRates(ctx: RequestContext): Promise<SupportRateView[]> {
  authorize(ctx, 'admin.support_rates.manage', 'case.read', 'support.manage');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(supportRates)
      .orderBy(asc(supportRates.regime), desc(supportRates.effectiveFrom), desc(supportRates.createdAt));
    return rows.map(toRateView);
  });
}

/**
 * Enters a rate or ceiling for a regime from a day on. Rates are never edited: a new official amount is a new
 * row with its own effective date, so support delivered earlier is still read against the rate of its day.
 */
export async function addRate(
  ctx: RequestContext,
  input: SupportRateInput & { example: boolean },
): Promise<SupportRateView> {
  authorize(ctx, 'admin.support_rates.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const problems = new FieldProblems().regime('regime', input.regime);
  if (!input.amountVnd && !input.ceilingVnd) problems.add('amountVnd', 'required');
  if (input.effectiveUntil && input.effectiveUntil <= input.effectiveFrom)
    problems.add('effectiveUntil', 'before_start');
  problems.throwIfAny();
  return ctx.transaction(async (tx) => {
    const row: RateRow = {
      id: newId(),
      regime: input.regime,
      amountVnd: input.amountVnd ?? null,
      ceilingVnd: input.ceilingVnd ?? null,
      unit: input.unit || null,
      effectiveFrom: input.effectiveFrom,
      effectiveUntil: input.effectiveUntil ?? null,
      legalBasis: input.legalBasis || null,
      example: input.example,
      createdBy: actor.userId,
      createdAt: new Date(),
    };
    await tx.insert(supportRates).values(row);
    await recordAudit(tx, ctx, {
      action: 'support.rate_add',
      resourceType: 'support_rate',
      resourceId: row.id,
      details: {
        regime: row.regime,
        amountVnd: row.amountVnd,
        ceilingVnd: row.ceilingVnd,
        effectiveFrom: row.effectiveFrom,
        example: row.example,
      },
    });
    return toRateView(row);
  });
}

import { findUnit, type IndicatorTargetView, type SetIndicatorTargetsInput } from '@lantern/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { indicatorTargets } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { FieldProblems } from '../support/support-checks';
import { resolveIndicator } from './catalogue-source';
import { readIndicatorTargets } from './indicator-targets';

/**
 * Sets or clears an indicator's targets year by year (a value sets the year's target, null clears it), for the
 * country or for one province. Each change is its own audit event, with the old and new value.
 */
export async function setIndicatorTargets(
  ctx: RequestContext,
  code: string,
  input: SetIndicatorTargetsInput,
): Promise<{ targets: IndicatorTargetView[] }> {
  authorize(ctx, 'admin.indicator_targets.manage');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  const provinceCode = input.provinceCode ?? null;
  const years = input.targets.map((target) => target.year);
  const problems = new FieldProblems();
  if (new Set(years).size !== years.length) problems.add('targets', 'target_year_repeated');
  // A provincial target is for one of today's 34 provinces (2025 units).
  if (provinceCode !== null && findUnit(provinceCode, '2025')?.level !== 'province')
    problems.add('provinceCode', 'invalid_value');
  problems.throwIfAny();
  return ctx.transaction(async (tx) => {
    if (!(await resolveIndicator(tx, code))) throw notFound();
    for (const { year, value } of input.targets) {
      const same = and(
        eq(indicatorTargets.indicatorCode, code),
        eq(indicatorTargets.year, year),
        provinceCode === null
          ? isNull(indicatorTargets.provinceCode)
          : eq(indicatorTargets.provinceCode, provinceCode),
      );
      const [existing] = await tx.select().from(indicatorTargets).where(same);
      const before = existing ? Number(existing.targetValue) : null;
      if (value === before) continue;
      if (value === null) {
        await tx.delete(indicatorTargets).where(same);
      } else if (existing) {
        await tx
          .update(indicatorTargets)
          .set({ targetValue: value, setBy: actor.userId, setAt: new Date() })
          .where(same);
      } else {
        await tx.insert(indicatorTargets).values({
          id: newId(),
          indicatorCode: code,
          year,
          provinceCode,
          targetValue: value,
          setBy: actor.userId,
        });
      }
      await recordAudit(tx, ctx, {
        action: value === null ? 'indicator.target_clear' : 'indicator.target_set',
        resourceType: 'indicator',
        details: { indicator: code, year, province: provinceCode, before, after: value },
      });
    }
    const all = await readIndicatorTargets(tx);
    return { targets: all.filter((target) => target.indicator === code) };
  });
}

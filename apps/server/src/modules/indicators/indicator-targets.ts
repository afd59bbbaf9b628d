import type { IndicatorTargetView } from '@lantern/domain';
import { asc } from 'drizzle-orm';
import { indicatorTargets } from '../../db/schema';
import type { Tx } from '../../db/types';

/** Every target entered, national and provincial, in a stable order (indicator, year, province). */
export async function readIndicatorTargets(tx: Tx): Promise<IndicatorTargetView[]> {
  const rows = await tx
    .select()
    .from(indicatorTargets)
    .orderBy(
      asc(indicatorTargets.indicatorCode),
      asc(indicatorTargets.year),
      asc(indicatorTargets.provinceCode),
    );
  return rows.map((row) => ({
    indicator: row.indicatorCode,
    year: row.year,
    provinceCode: row.provinceCode,
    value: Number(row.targetValue),
    setAt: row.setAt.toISOString(),
  }));
}

/** The national targets of each indicator, as the catalogue and the review report carry them. */
export function nationalTargetsByIndicator(
  targets: readonly IndicatorTargetView[],
): Map<string, { year: number; value: number }[]> {
  const byIndicator = new Map<string, { year: number; value: number }[]>();
  for (const target of targets) {
    if (target.provinceCode !== null) continue;
    const list = byIndicator.get(target.indicator) ?? [];
    list.push({ year: target.year, value: target.value });
    byIndicator.set(target.indicator, list);
  }
  return byIndicator;
}

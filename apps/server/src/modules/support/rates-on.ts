import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { supportRates } from '../../db/schema';
import type { Tx } from '../../db/types';
import type { RateRow } from './support-rows';

/** The rate of each regime in force on a day: the latest effective row that has not ended by then. */
export async function ratesOn(tx: Tx, day: string): Promise<Map<string, RateRow>> {
  const rows = await tx
    .select()
    .from(supportRates)
    .where(
      and(
        lte(supportRates.effectiveFrom, day),
        or(isNull(supportRates.effectiveUntil), gt(supportRates.effectiveUntil, day)),
      ),
    )
    .orderBy(desc(supportRates.effectiveFrom), desc(supportRates.createdAt));
  const byRegime = new Map<string, RateRow>();
  for (const row of rows) if (!byRegime.has(row.regime)) byRegime.set(row.regime, row);
  return byRegime;
}

export async function rateOn(tx: Tx, regime: string, day: string): Promise<RateRow | null> {
  const [row] = await tx
    .select()
    .from(supportRates)
    .where(
      and(
        eq(supportRates.regime, regime),
        lte(supportRates.effectiveFrom, day),
        or(isNull(supportRates.effectiveUntil), gt(supportRates.effectiveUntil, day)),
      ),
    )
    .orderBy(desc(supportRates.effectiveFrom), desc(supportRates.createdAt))
    .limit(1);
  return row ?? null;
}

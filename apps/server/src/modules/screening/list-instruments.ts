import type { InstrumentSummary } from '@lantern/domain';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { screeningInstruments } from '../../db/schema';
import { loadInstrument } from './instrument-catalogue';
import { toInstrumentSummary } from './instrument-view';

/** Instruments in use: the latest version of each, and older versions marked as such. */
export async function listInstruments(ctx: RequestContext): Promise<InstrumentSummary[]> {
  authorize(ctx, 'screening.create', 'screening.read', 'admin.instruments.manage');
  const rows = await ctx.transaction((tx) =>
    tx
      .select()
      .from(screeningInstruments)
      .where(isNull(screeningInstruments.retiredAt))
      .orderBy(asc(screeningInstruments.id), desc(screeningInstruments.version)),
  );
  const seen = new Set<string>();
  return rows.map((row) => {
    const latest = !seen.has(row.id);
    seen.add(row.id);
    return toInstrumentSummary(row, latest);
  });
}

/** One version with its full definition (questions, rule, needs), for the screening form and the result. */
export async function getInstrument(ctx: RequestContext, id: string, version: number) {
  authorize(ctx, 'screening.create', 'screening.read', 'admin.instruments.manage');
  return ctx.transaction(async (tx) => {
    const { row, instrument } = await loadInstrument(tx, id, version);
    const newer = await tx
      .select({ version: screeningInstruments.version })
      .from(screeningInstruments)
      .where(
        and(
          eq(screeningInstruments.id, id),
          gt(screeningInstruments.version, row.version),
          isNull(screeningInstruments.retiredAt),
        ),
      );
    const latest = newer.length === 0;
    return {
      ...toInstrumentSummary(row, latest),
      definition: instrument as unknown as Record<string, unknown>,
    };
  });
}

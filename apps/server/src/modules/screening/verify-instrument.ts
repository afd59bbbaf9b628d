import type { InstrumentSummary } from '@lantern/domain';
import { and, eq, gt } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { screeningInstruments } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { loadInstrument } from './instrument-catalogue';
import { toInstrumentSummary } from './instrument-view';

/**
 * Records that an administrator checked a secondary-source version against its primary source (for the
 * ILO–EC grades: the ILO brochure). The definition is untouched; the UI and results stop warning.
 */
export async function verifyInstrument(
  ctx: RequestContext,
  input: { id: string; version: number; note: string },
): Promise<InstrumentSummary> {
  authorize(ctx, 'admin.instruments.manage');
  return ctx.transaction(async (tx) => {
    const { row } = await loadInstrument(tx, input.id, input.version);
    if (row.sourceStatus !== 'secondary') throw new AppError(409, 'screening.not_secondary');
    const [updated] = await tx
      .update(screeningInstruments)
      .set({ verifiedAt: new Date(), verifiedBy: ctx.actor?.userId ?? null, verificationNote: input.note })
      .where(and(eq(screeningInstruments.id, row.id), eq(screeningInstruments.version, row.version)))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(tx, ctx, {
      action: 'screening.instrument.verify',
      resourceType: 'screening_instrument',
      resourceId: `${row.id}@${row.version}`,
    });
    const newer = await tx
      .select({ version: screeningInstruments.version })
      .from(screeningInstruments)
      .where(and(eq(screeningInstruments.id, row.id), gt(screeningInstruments.version, row.version)));
    return toInstrumentSummary(updated, newer.length === 0);
  });
}

import { type InstrumentSummary, instrumentSchema } from '@lantern/domain';
import { eq, max } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { screeningInstruments } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { toFieldErrors } from '../../lib/validation';
import { contentHash } from './instrument-catalogue';
import { toInstrumentSummary } from './instrument-view';

/**
 * Publishes a new instrument version from data — how a list transcribed later (the ILO sexual-exploitation
 * lists) or a corrected version arrives without a code change. Versions only grow; nothing is overwritten.
 */
export async function publishInstrument(
  ctx: RequestContext,
  input: { definition: Record<string, unknown> },
): Promise<InstrumentSummary> {
  authorize(ctx, 'admin.instruments.manage');
  const parsed = instrumentSchema.safeParse(input.definition);
  if (!parsed.success) {
    const details = toFieldErrors(parsed.error.issues, ctx.locale).map((detail) => ({
      ...detail,
      field: `definition.${detail.field}`,
    }));
    throw new AppError(400, 'validation', {}, details);
  }
  const instrument = parsed.data;
  return ctx.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: max(screeningInstruments.version) })
      .from(screeningInstruments)
      .where(eq(screeningInstruments.id, instrument.id));
    const highest = current?.version ?? 0;
    if (instrument.version <= highest)
      throw new AppError(409, 'screening.version_exists', { next: highest + 1 }, [
        { field: 'definition.version', code: 'version_not_newer', message: '' },
      ]);
    const [row] = await tx
      .insert(screeningInstruments)
      .values({
        id: instrument.id,
        version: instrument.version,
        definition: instrument,
        contentHash: contentHash(instrument),
        role: instrument.role,
        sourceStatus: instrument.sourceStatus,
        publishedBy: ctx.actor?.userId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'screening.instrument.publish',
      resourceType: 'screening_instrument',
      resourceId: `${row.id}@${row.version}`,
      details: { sourceStatus: row.sourceStatus, role: row.role },
    });
    return toInstrumentSummary(row, true);
  });
}

import { type ComplaintPublicStatus, normaliseReceiptCode, toVietNamDate } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { type RateLimit, takeHit } from '../../db/rate-limits';
import { complaints } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { receiptHash, sealFor } from './complaint-rows';

/**
 * Lookups from one address in ten minutes. Every lookup counts, found or not, and the count is committed even
 * when the code is wrong, so guessing codes (about 2^49 of them) stays hopeless.
 */
const PER_ADDRESS: RateLimit = {
  scope: 'complaint_status_address',
  limit: 20,
  windowSeconds: 600,
  window: 'fixed',
};

const day = (at: Date | null) => (at ? toVietNamDate(at) : null);

/**
 * The state of a complaint for the holder of its receipt code: status, dates and the officer's response —
 * never who handles it, which agency, nor what was written about it. The code is presented to the database as
 * a transaction-local setting; the row-level policy lets exactly that row be read.
 */
export async function checkComplaintStatus(
  ctx: RequestContext,
  typedCode: string,
): Promise<ComplaintPublicStatus> {
  const code = normaliseReceiptCode(typedCode);
  const outcome = await ctx.transaction(async (tx) => {
    if (!(await takeHit(tx, PER_ADDRESS, ctx.client.ip ?? 'unknown'))) return 'limited' as const;
    if (!code) return undefined;
    const hash = receiptHash(ctx, code);
    await tx.execute(sql`select set_config('lantern.complaint_receipt', ${hash}, true)`);
    const [row] = await tx.select().from(complaints).where(eq(complaints.receiptHash, hash));
    if (!row) return undefined;
    await recordAudit(tx, ctx, {
      action: 'complaint.status_check',
      resourceType: 'complaint',
      resourceId: row.id,
    });
    return {
      status: row.status,
      receivedOn: toVietNamDate(row.receivedAt),
      dueOn: row.dueOn,
      respondedOn: day(row.respondedAt),
      closedOn: day(row.closedAt),
      response: row.responseSealed ? ctx.secrets.open(row.responseSealed, sealFor.response(row.id)) : null,
    };
  });
  if (outcome === 'limited') throw new AppError(429, 'complaint.rate_limited');
  if (!outcome) throw notFound();
  return outcome;
}

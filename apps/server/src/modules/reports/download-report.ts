import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reportJobs } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';

export type ReportFormat = 'pdf' | 'xlsx';

/**
 * One file of the reader's finished report; every download is audited in the same transaction that reads it.
 * Not finished yet: 409; past its keeping time: 410 (the files are gone or about to be).
 */
export async function downloadReport(
  ctx: RequestContext,
  id: string,
  format: ReportFormat,
): Promise<{ file: Buffer; fileName: string }> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select({
        status: reportJobs.status,
        expiresAt: reportJobs.expiresAt,
        periods: reportJobs.periods,
        file: format === 'pdf' ? reportJobs.pdf : reportJobs.xlsx,
      })
      .from(reportJobs)
      .where(and(eq(reportJobs.id, id), eq(reportJobs.requestedBy, actor.userId)));
    if (!row) throw notFound();
    if (row.expiresAt.getTime() <= Date.now()) throw new AppError(410, 'reports.expired');
    if (row.status !== 'done' || !row.file) throw new AppError(409, 'reports.not_ready');
    await recordAudit(tx, ctx, {
      action: 'report.download',
      resourceType: 'report',
      resourceId: id,
      details: { format },
    });
    const { fromYear, toYear, targetYear } = row.periods;
    return {
      file: row.file,
      fileName: `bao-cao-danh-gia-${fromYear}-${toYear}-chi-tieu-${targetYear}.${format}`,
    };
  });
}

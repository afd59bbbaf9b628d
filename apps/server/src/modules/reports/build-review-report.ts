import { REPORT_RETENTION_DAYS } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reportJobs } from '../../db/schema';
import { collectReviewFigures } from './review-figures';
import { renderReviewPdf } from './review-pdf';
import { renderReviewXlsx } from './review-xlsx';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Share of the progress bar for computing the figures; drawing the two files takes the rest. */
const FIGURES_SHARE = 80;

/**
 * Builds a queued review report in the background, acting as its requester (their scope, their row-level
 * security, their suppression): start, figures indicator by indicator with the progress written after each, the
 * PDF and the workbook, finish. The start and the finish are audited; a failure ends the job as failed, with
 * its audit event, and never reaches a request.
 */
export async function buildReviewReport(ctx: RequestContext, jobId: string): Promise<void> {
  try {
    const job = await ctx.transaction(async (tx) => {
      const [row] = await tx
        .update(reportJobs)
        .set({ status: 'running', startedAt: new Date(), progress: 1 })
        .where(eq(reportJobs.id, jobId))
        .returning({ scope: reportJobs.scope, periods: reportJobs.periods, language: reportJobs.language });
      if (!row) throw new Error('report job not found');
      await recordAudit(tx, ctx, { action: 'report.start', resourceType: 'report', resourceId: jobId });
      return row;
    });
    const figures = await collectReviewFigures(ctx, job, (done, of) =>
      setProgress(ctx, jobId, Math.max(1, Math.floor((done / of) * FIGURES_SHARE))),
    );
    const pdf = await renderReviewPdf(figures);
    await setProgress(ctx, jobId, 90);
    const xlsx = await renderReviewXlsx(figures);
    const finishedAt = new Date();
    await ctx.transaction(async (tx) => {
      await tx
        .update(reportJobs)
        .set({
          status: 'done',
          progress: 100,
          pdf,
          xlsx,
          finishedAt,
          // Kept for the retention period from the moment the files exist.
          expiresAt: new Date(finishedAt.getTime() + REPORT_RETENTION_DAYS * DAY_MS),
        })
        .where(eq(reportJobs.id, jobId));
      await recordAudit(tx, ctx, {
        action: 'report.finish',
        resourceType: 'report',
        resourceId: jobId,
        details: { pdfBytes: pdf.length, xlsxBytes: xlsx.length },
      });
    });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'internal';
    await ctx.transaction(async (tx) => {
      await tx
        .update(reportJobs)
        .set({ status: 'failed', errorCode: code.slice(0, 64), finishedAt: new Date() })
        .where(eq(reportJobs.id, jobId));
      await recordAudit(tx, ctx, {
        action: 'report.finish',
        resourceType: 'report',
        resourceId: jobId,
        outcome: 'failure',
        details: { error: code.slice(0, 64) },
      });
    });
  }
}

function setProgress(ctx: RequestContext, jobId: string, progress: number): Promise<void> {
  return ctx.transaction(async (tx) => {
    await tx.update(reportJobs).set({ progress }).where(eq(reportJobs.id, jobId));
  });
}

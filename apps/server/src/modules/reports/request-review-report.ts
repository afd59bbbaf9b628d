import {
  MAX_REPORT_YEARS,
  REPORT_RETENTION_DAYS,
  type ReportJobView,
  type RequestReviewReportInput,
} from '@lantern/domain';
import { and, count, eq, gt, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { statisticsScope } from '../../access/statistics-scope';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reportJobs } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { FieldProblems } from '../support/support-checks';
import { buildReviewReport } from './build-review-report';
import { enqueueReport } from './report-queue';
import { toReportView } from './report-view';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * At most this many of one reader's reports wait or run at a time: the queue is the server's, and one reader must
 * not fill it. Jobs older than an hour do not count (one left behind by a stopped server never blocks anyone).
 */
const MAX_OPEN_REPORTS = 3;
const OPEN_WINDOW_MS = 60 * 60 * 1000;

/**
 * Asks for a review report: writes the job (queued) and its audit event, then leaves the building to the
 * background queue. The scope is decided now, with the same rule as indicator values (a national report is
 * suppressed); the requester's expired files are deleted on the way.
 */
export async function requestReviewReport(
  ctx: RequestContext,
  input: RequestReviewReportInput,
): Promise<ReportJobView> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  const scope = statisticsScope(ctx, input.scope);
  const problems = new FieldProblems();
  if (input.toYear < input.fromYear) problems.add('toYear', 'years_reversed');
  else if (input.toYear - input.fromYear + 1 > MAX_REPORT_YEARS) {
    problems.add('toYear', 'years_too_many', { maximum: MAX_REPORT_YEARS });
  }
  problems.throwIfAny();
  const now = new Date();
  const job = await ctx.transaction(async (tx) => {
    const [open] = await tx
      .select({ n: count() })
      .from(reportJobs)
      .where(
        and(
          eq(reportJobs.requestedBy, actor.userId),
          inArray(reportJobs.status, ['queued', 'running']),
          gt(reportJobs.createdAt, new Date(now.getTime() - OPEN_WINDOW_MS)),
        ),
      );
    if ((open?.n ?? 0) >= MAX_OPEN_REPORTS)
      throw new AppError(429, 'reports.busy', { maximum: MAX_OPEN_REPORTS });
    await tx
      .update(reportJobs)
      .set({ pdf: null, xlsx: null })
      .where(
        and(
          eq(reportJobs.requestedBy, actor.userId),
          lt(reportJobs.expiresAt, now),
          or(isNotNull(reportJobs.pdf), isNotNull(reportJobs.xlsx)),
        ),
      );
    const [row] = await tx
      .insert(reportJobs)
      .values({
        id: newId(),
        requestedBy: actor.userId,
        agencyId: actor.agencyId,
        scope,
        periods: { fromYear: input.fromYear, toYear: input.toYear, targetYear: input.targetYear },
        language: input.language ?? ctx.locale,
        expiresAt: new Date(now.getTime() + REPORT_RETENTION_DAYS * DAY_MS),
      })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    await recordAudit(tx, ctx, {
      action: 'report.request',
      resourceType: 'report',
      resourceId: row.id,
      details: {
        scope,
        fromYear: input.fromYear,
        toYear: input.toYear,
        targetYear: input.targetYear,
        language: row.language,
      },
    });
    return row;
  });
  enqueueReport(() => buildReviewReport(ctx, job.id));
  return toReportView(job, now);
}

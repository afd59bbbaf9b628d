import type { ReportJobView } from '@lantern/domain';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { reportJobs } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { toReportView, withoutFiles } from './report-view';

/** One of the reader's report jobs (its progress); anyone else's answers 404. */
export async function getReport(ctx: RequestContext, id: string): Promise<ReportJobView> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  const [row] = await ctx.transaction((tx) =>
    tx
      .select(withoutFiles(getTableColumns(reportJobs)))
      .from(reportJobs)
      .where(and(eq(reportJobs.id, id), eq(reportJobs.requestedBy, actor.userId))),
  );
  if (!row) throw notFound();
  return toReportView({ ...row, pdf: null, xlsx: null });
}

import type { ReportJobView } from '@lantern/domain';
import { desc, eq, getTableColumns } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { reportJobs } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { toReportView, withoutFiles } from './report-view';

/** The reader's own report jobs, newest first (row-level security also keeps everyone else's out). */
export async function listReports(ctx: RequestContext): Promise<{ reports: ReportJobView[] }> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  const rows = await ctx.transaction((tx) =>
    tx
      .select(withoutFiles(getTableColumns(reportJobs)))
      .from(reportJobs)
      .where(eq(reportJobs.requestedBy, actor.userId))
      .orderBy(desc(reportJobs.createdAt))
      .limit(50),
  );
  const now = new Date();
  return { reports: rows.map((row) => toReportView({ ...row, pdf: null, xlsx: null }, now)) };
}

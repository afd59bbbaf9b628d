import {
  type ComplaintCategory,
  type ComplaintCounts,
  type ComplaintStatus,
  complaintCategories,
  complaintStatuses,
  todayInVietNam,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';

/** The first day of the month eleven months back: twelve calendar months including this one. */
function twelveMonthsBack(today: string): string {
  const [year = 0, month = 1] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1));
  return start.toISOString().slice(0, 10);
}

/**
 * Complaints counted by category and status, and how many open ones are overdue, over twelve months. National
 * and without agencies: how survivors judge the system, not a league table of agencies. Counts only, so the
 * read is not audited; a SECURITY DEFINER function reads the rows the monitoring roles may not.
 */
export async function countComplaints(ctx: RequestContext): Promise<ComplaintCounts> {
  authorize(ctx, 'stats.read_aggregate', 'complaint.handle');
  const since = twelveMonthsBack(todayInVietNam());
  const rows = await ctx.transaction((tx) =>
    queryRows<{ category: ComplaintCategory; status: ComplaintStatus; overdue: boolean; n: number }>(
      tx,
      sql`select category, status, overdue, n from lantern_complaint_counts(${since}::date)`,
    ),
  );
  const sum = (keep: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).reduce((total, row) => total + row.n, 0);
  return {
    since,
    total: sum(() => true),
    byCategory: complaintCategories.map((code) => ({ code, count: sum((row) => row.category === code) })),
    byStatus: complaintStatuses.map((code) => ({ code, count: sum((row) => row.status === code) })),
    overdue: sum((row) => row.overdue),
  };
}

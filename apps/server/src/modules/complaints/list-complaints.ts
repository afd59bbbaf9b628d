import type { ComplaintStatus, ComplaintSummary } from '@lantern/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { complaints } from '../../db/schema';
import { complaintQuery, toComplaintSummary } from './complaint-rows';

const PAGE = 200;
const OPEN: ComplaintStatus[] = ['received', 'in_review', 'responded'];

/**
 * The officer's inbox: the complaints their agency handles (and unassigned ones about other agencies),
 * nearest deadline first. Open ones by default; no description or contact here, so the list is not audited.
 */
export async function listComplaints(
  ctx: RequestContext,
  query: { status?: ComplaintStatus | undefined },
): Promise<{ items: ComplaintSummary[] }> {
  authorize(ctx, 'complaint.handle');
  return ctx.transaction(async (tx) => {
    const rows = await complaintQuery(tx)
      .where(query.status ? eq(complaints.status, query.status) : inArray(complaints.status, OPEN))
      .orderBy(asc(complaints.dueOn), asc(complaints.receivedAt))
      .limit(PAGE);
    return { items: rows.map(toComplaintSummary) };
  });
}

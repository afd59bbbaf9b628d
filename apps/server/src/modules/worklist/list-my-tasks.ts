import { type TaskList, type TaskListQuery, todayInVietNam } from '@lantern/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { readListPage } from '../../db/bounded-count';
import { cases, caseTasks } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { myTasks, readTasks, taskOrder, taskStatusWhere, teamTasks } from './task-rows';
import { overseesTeam } from './team';

/**
 * "My tasks" across cases, or a supervisor's whole team's (every task of the agency's cases), paged with a
 * bounded total. Reading the titles is audited, once per page that shows any.
 */
export async function listMyTasks(
  ctx: RequestContext,
  query: TaskListQuery,
  today = todayInVietNam(),
): Promise<TaskList> {
  authorize(ctx, 'case.read', 'support.manage');
  if (query.assignee === 'team' && !overseesTeam(ctx)) throw new AppError(403, 'forbidden');
  return ctx.transaction(async (tx) => {
    const status = taskStatusWhere(query.status, today);
    const team = query.assignee === 'team';
    const taskWhere = team ? status : (and(myTasks(ctx), status) as SQL);
    const caseWhere = team ? teamTasks(ctx) : sql`true`;
    const where = and(taskWhere, caseWhere) as SQL;
    // The count reads the task table alone, so the case's scope and filter go in as one EXISTS: counted
    // under the same rule as the page, and stopped at the cap like every list.
    const counted = and(
      taskWhere,
      sql`exists (select 1 from ${cases} where ${cases.id} = ${caseTasks.caseId} and ${caseScope(ctx)} and ${caseWhere})`,
    ) as SQL;
    const page = await readListPage(tx, caseTasks, counted, query, (limit, offset) =>
      readTasks(tx, ctx, where, taskOrder(query.status), { today, limit, offset }),
    );
    if (page.rows.length > 0)
      await recordAudit(tx, ctx, {
        action: 'task.list_view',
        details: { assignee: query.assignee, status: query.status, tasks: page.rows.length },
      });
    return {
      items: page.rows,
      total: page.total,
      totalIsLowerBound: page.totalIsLowerBound,
      hasMore: page.hasMore,
    };
  });
}

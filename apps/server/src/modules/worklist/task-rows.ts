import type { WorklistTask } from '@lantern/domain';
import { and, asc, desc, eq, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import type { RequestContext } from '../../context/request-context';
import { cases, caseTasks } from '../../db/schema';
import type { Tx } from '../../db/types';
import { personRef, staffNames } from '../case-work/case-in-work';
import { toTaskView } from '../case-work/task-view';

export type TaskStatusFilter = 'open' | 'overdue' | 'done';

/** Which tasks a status filter keeps: open ones include the overdue; "overdue" is open and past its due day. */
export function taskStatusWhere(status: TaskStatusFilter, today: string): SQL {
  if (status === 'done') return isNotNull(caseTasks.doneAt);
  if (status === 'overdue') return and(isNull(caseTasks.doneAt), lt(caseTasks.dueOn, today)) as SQL;
  return isNull(caseTasks.doneAt);
}

/** Open tasks soonest due first (undated last); done tasks most recently done first. */
export function taskOrder(status: TaskStatusFilter): SQL[] {
  if (status === 'done') return [desc(caseTasks.doneAt), asc(caseTasks.id)];
  return [sql`${caseTasks.dueOn} asc nulls last`, asc(caseTasks.createdAt), asc(caseTasks.id)];
}

/**
 * Tasks with their case's code, read under the case scope (the same rule as row-level security, which checks
 * every row again): a task of a case the reader may not see is never read, whatever `where` says.
 */
export async function readTasks(
  tx: Tx,
  ctx: RequestContext,
  where: SQL,
  order: SQL[],
  page: { today: string; limit: number; offset?: number },
): Promise<WorklistTask[]> {
  const rows = await tx
    .select({ task: caseTasks, code: cases.code, ownerAgencyId: cases.ownerAgencyId })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(and(caseScope(ctx), where))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset ?? 0);
  const names = await staffNames(
    tx,
    rows.map((row) => row.task.assigneeId),
  );
  return rows.map(({ task, code, ownerAgencyId }) => ({
    ...toTaskView(task, task.assigneeId ? personRef(names, task.assigneeId) : null, page.today, ctx.secrets),
    case: { id: task.caseId, code },
    ownAgency: ownerAgencyId === ctx.actor?.agencyId,
  }));
}

/** The scope of "tasks of my agency's cases" (a supervisor's team) and "tasks given to me". */
export const teamTasks = (ctx: RequestContext): SQL => eq(cases.ownerAgencyId, ctx.actor?.agencyId ?? '');
export const myTasks = (ctx: RequestContext): SQL => eq(caseTasks.assigneeId, ctx.actor?.userId ?? '');

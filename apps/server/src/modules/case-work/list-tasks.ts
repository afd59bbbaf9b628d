import { type TaskView, todayInVietNam } from '@lantern/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { caseTasks } from '../../db/schema';
import { caseForWork, personRef, staffNames } from './case-in-work';
import { toTaskView } from './task-view';

/** The tasks of a case: open ones first, soonest due first; done ones last. */
export async function listTasks(ctx: RequestContext, caseId: string): Promise<TaskView[]> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    await caseForWork(tx, ctx, caseId);
    const rows = await tx
      .select()
      .from(caseTasks)
      .where(eq(caseTasks.caseId, caseId))
      .orderBy(
        sql`${caseTasks.doneAt} is not null`,
        sql`${caseTasks.dueOn} asc nulls last`,
        asc(caseTasks.createdAt),
      );
    const names = await staffNames(
      tx,
      rows.map((row) => row.assigneeId),
    );
    const today = todayInVietNam();
    return rows.map((row) =>
      toTaskView(row, row.assigneeId ? personRef(names, row.assigneeId) : null, today, ctx.secrets),
    );
  });
}

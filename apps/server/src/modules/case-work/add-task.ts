import { type TaskView, todayInVietNam } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseTasks } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { notAssignable, noticeAssignment } from './task-notice';
import { isAssignable, type TaskRow, taskTitleContext, toTaskView } from './task-view';

export interface AddTaskInput {
  title: string;
  dueOn?: string | undefined;
  assigneeId?: string | undefined;
}

/**
 * Adds a task to the case, optionally due on a day and assigned to someone who works on the case (see
 * isAssignable), who is told in-app.
 */
export async function addTask(ctx: RequestContext, caseId: string, input: AddTaskInput): Promise<TaskView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    if (input.assigneeId && !(await isAssignable(tx, input.assigneeId, kase)))
      throw new AppError(400, 'validation', {}, [notAssignable]);
    const id = newId();
    const row: TaskRow = {
      id,
      caseId,
      title: ctx.secrets.seal(input.title, taskTitleContext(id)),
      dueOn: input.dueOn ?? null,
      assigneeId: input.assigneeId ?? null,
      doneAt: null,
      createdBy: actor.userId,
      createdAt: new Date(),
      remindedAt: null,
      overdueNotifiedAt: null,
    };
    await tx.insert(caseTasks).values(row);
    await addCaseEvent(tx, ctx, caseId, 'task.added', { task: row.id, dueOn: row.dueOn });
    await recordAudit(tx, ctx, {
      action: 'case.task_add',
      resourceType: 'case',
      resourceId: caseId,
      details: { task: row.id, assigned: row.assigneeId !== null },
    });
    await noticeAssignment(tx, actor.userId, row, kase);
    const names = await staffNames(tx, [row.assigneeId]);
    const assignee = row.assigneeId ? personRef(names, row.assigneeId) : null;
    return toTaskView(row, assignee, todayInVietNam(), ctx.secrets);
  });
}

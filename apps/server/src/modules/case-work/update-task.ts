import { type TaskView, todayInVietNam } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseTasks } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { isAssignable, type TaskRow, toTaskView } from './task-view';

export interface UpdateTaskInput {
  done?: boolean | undefined;
  dueOn?: string | null | undefined;
  assigneeId?: string | null | undefined;
}

/** What the request changes, compared with the stored task (an unchanged value is not a change). */
function changesOf(row: TaskRow, input: UpdateTaskInput): Partial<TaskRow> {
  const changes: Partial<TaskRow> = {};
  if (input.done !== undefined && input.done !== (row.doneAt !== null))
    changes.doneAt = input.done ? new Date() : null;
  if (input.dueOn !== undefined && input.dueOn !== row.dueOn) changes.dueOn = input.dueOn;
  if (input.assigneeId !== undefined && input.assigneeId !== row.assigneeId)
    changes.assigneeId = input.assigneeId;
  return changes;
}

/** Marks a task done (or open again), moves its due day, or reassigns it. */
export async function updateTask(
  ctx: RequestContext,
  caseId: string,
  taskId: string,
  input: UpdateTaskInput,
): Promise<TaskView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const [row] = await tx
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, caseId)))
      .for('update');
    if (!row) throw notFound();
    const changes = changesOf(row, input);
    if (changes.assigneeId && !(await isAssignable(tx, changes.assigneeId, kase.ownerAgencyId)))
      throw new AppError(400, 'validation', {}, [
        { field: 'assigneeId', code: 'assignee_not_in_agency', message: '' },
      ]);
    const fields = Object.keys(changes).map((field) => (field === 'doneAt' ? 'done' : field));
    const updated = { ...row, ...changes };
    if (fields.length > 0) {
      await tx.update(caseTasks).set(changes).where(eq(caseTasks.id, taskId));
      const kind = 'doneAt' in changes ? (changes.doneAt ? 'task.done' : 'task.reopened') : 'task.updated';
      await addCaseEvent(tx, ctx, caseId, kind, { task: taskId, fields: fields.join(',') });
      await recordAudit(tx, ctx, {
        action: 'case.task_update',
        resourceType: 'case',
        resourceId: caseId,
        details: { task: taskId, fields: fields.join(',') },
      });
    }
    const names = await staffNames(tx, [updated.assigneeId]);
    const assignee = updated.assigneeId ? personRef(names, updated.assigneeId) : null;
    return toTaskView(updated, assignee, todayInVietNam(), ctx.secrets);
  });
}

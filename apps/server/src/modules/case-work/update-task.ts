import { type TaskView, todayInVietNam } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseTasks } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent, personRef, staffNames, visibleCase } from './case-in-work';
import { notAssignable, noticeAssignment } from './task-notice';
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
  if (input.dueOn !== undefined && input.dueOn !== row.dueOn) {
    changes.dueOn = input.dueOn;
    // A new due day earns its own reminders.
    changes.remindedAt = null;
    changes.overdueNotifiedAt = null;
  }
  if (input.assigneeId !== undefined && input.assigneeId !== row.assigneeId)
    changes.assigneeId = input.assigneeId;
  return changes;
}

/**
 * Marks a task done (or open again), moves its due day, or reassigns it. The owning agency changes anything;
 * someone of another agency the task was assigned to (through a share or a referral) only marks it done or open.
 * Anyone else is told the task does not exist, so a write never confirms what a read would not.
 */
export async function updateTask(
  ctx: RequestContext,
  caseId: string,
  taskId: string,
  input: UpdateTaskInput,
): Promise<TaskView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await visibleCase(tx, ctx, caseId);
    const [row] = await tx
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, caseId)))
      .for('update');
    if (!row) throw notFound();
    if (kase.ownerAgencyId !== actor.agencyId) {
      const onlyDone = input.dueOn === undefined && input.assigneeId === undefined;
      if (row.assigneeId !== actor.userId || !onlyDone) throw notFound();
    }
    const changes = changesOf(row, input);
    if (changes.assigneeId && !(await isAssignable(tx, changes.assigneeId, kase)))
      throw new AppError(400, 'validation', {}, [notAssignable]);
    const fields = Object.keys(changes)
      .filter((field) => field !== 'remindedAt' && field !== 'overdueNotifiedAt')
      .map((field) => (field === 'doneAt' ? 'done' : field));
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
      if (changes.assigneeId) await noticeAssignment(tx, actor.userId, updated, kase);
    }
    const names = await staffNames(tx, [updated.assigneeId]);
    const assignee = updated.assigneeId ? personRef(names, updated.assigneeId) : null;
    return toTaskView(updated, assignee, todayInVietNam(), ctx.secrets);
  });
}

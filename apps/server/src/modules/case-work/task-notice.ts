import type { Tx } from '../../db/types';
import { notifyUsers } from '../referrals/notify';

/**
 * Tells someone in-app that a task was given to them, naming the case by its code (never the sealed title). No
 * notice when they gave it to themselves.
 */
export async function noticeAssignment(
  tx: Tx,
  actorId: string,
  task: { id: string; assigneeId: string | null; dueOn: string | null },
  kase: { id: string; code: string },
): Promise<void> {
  if (!task.assigneeId || task.assigneeId === actorId) return;
  await notifyUsers(tx, [task.assigneeId], 'task_assigned', {
    taskId: task.id,
    caseId: kase.id,
    caseCode: kase.code,
    dueOn: task.dueOn,
  });
}

/** The field error for an assignee nobody may give this case's work to. */
export const notAssignable = {
  field: 'assigneeId',
  code: 'assignee_not_on_case',
  message: '',
} as const;

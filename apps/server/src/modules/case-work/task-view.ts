import type { TaskView } from '@lantern/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { type caseTasks, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { iso, type PersonRef } from './case-in-work';

export type TaskRow = typeof caseTasks.$inferSelect;

/** Done once marked done; overdue when the due day (Viet Nam time) has passed and it is still open. */
export function taskStatus(
  task: { doneAt: Date | null; dueOn: string | null },
  today: string,
): TaskView['status'] {
  if (task.doneAt) return 'done';
  if (task.dueOn !== null && task.dueOn < today) return 'overdue';
  return 'open';
}

/** A title is free text and may name people ("go with Lan to the clinic"): it is sealed like a note. */
export const taskTitleContext = (taskId: string) => `task:${taskId}:title`;

export function toTaskView(row: TaskRow, assignee: PersonRef | null, today: string, keys: KeyRing): TaskView {
  return {
    id: row.id,
    title: keys.open(row.title, taskTitleContext(row.id)),
    dueOn: row.dueOn,
    status: taskStatus(row, today),
    assignee,
    doneAt: iso(row.doneAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A task is assigned to an active user of the agency that owns the case. */
export async function isAssignable(tx: Tx, userId: string, agencyId: string): Promise<boolean> {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.agencyId, agencyId), isNull(users.disabledAt)));
  return user !== undefined;
}

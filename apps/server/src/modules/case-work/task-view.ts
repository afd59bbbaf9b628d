import type { TaskView } from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { sharingConsented } from '../../access/case-policy';
import { queryRows } from '../../db/query-rows';
import type { caseTasks } from '../../db/schema';
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

/**
 * Who may be given a task on a case: an active user of the agency that owns it, or of an agency that works on
 * it with the owner — a live share (within the person's sharing consent), or an accepted referral in progress
 * whose sender opened the case's notes (the tasks are part of that working record). An agency that was only
 * sent a referral it has not accepted, or whose share ended, is nobody to assign work to. A condition on
 * `users u join agencies a`.
 */
export function assignableTo(kase: { id: string; ownerAgencyId: string }): SQL {
  return sql`u.disabled_at is null and a.disabled_at is null
    and (u.agency_id = ${kase.ownerAgencyId}
         or exists (select 1 from case_shares s
                    where s.case_id = ${kase.id} and s.agency_id = u.agency_id and s.revoked_at is null
                      and ${sharingConsented(sql`s.case_id`, sql`s.agency_id`)})
         or exists (select 1 from referrals r
                    where r.case_id = ${kase.id} and r.to_agency_id = u.agency_id
                      and r.status in ('accepted', 'in_progress') and 'notes' = any(r.sections)
                      and (r.consent_overridden or ${sharingConsented(sql`r.case_id`, sql`r.to_agency_id`)})))`;
}

export async function isAssignable(
  tx: Tx,
  userId: string,
  kase: { id: string; ownerAgencyId: string },
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select u.id from users u join agencies a on a.id = u.agency_id
        where u.id = ${userId} and ${assignableTo(kase)}`,
  );
  return rows.length > 0;
}

import { todayInVietNam } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { appendEventStatement } from '../../audit/append-event';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import type { Database } from '../../db/types';
import { notifyUsers } from '../referrals/notify';

interface Reminder {
  task_id: string;
  case_id: string;
  case_code: string;
  assignee_id: string;
  due_on: string;
  reminder: 'due' | 'overdue';
}

export interface ReminderOutcome {
  due: number;
  overdue: number;
}

/** The run's own context: no actor, and the one permission lantern_task_reminders answers (migration 0022). */
export const REMINDER_CONTEXT = {
  requestId: 'task-reminders',
  actorId: null,
  agencyId: null,
  permissions: ['task.remind'],
};

/**
 * Reminds assignees in-app of their open tasks: once the day a task falls due, once when it has become overdue
 * (a task first seen already overdue gets only the second). The database marks each task as it hands it out, in
 * the same transaction as the notification and its audit event, so a task is never reminded twice, even by two
 * servers at once (rows another run holds are skipped). Days are Viet Nam's.
 */
export async function sendTaskReminders(
  database: Pick<Database, 'background'>,
  today = todayInVietNam(),
  batch = 500,
): Promise<ReminderOutcome> {
  return runInRequestTransaction(database.background, REMINDER_CONTEXT, async (tx) => {
    const reminders = await queryRows<Reminder>(
      tx,
      sql`select task_id, case_id, case_code, assignee_id, due_on::text as due_on, reminder
          from lantern_task_reminders(${today}::date, ${batch})`,
    );
    const outcome: ReminderOutcome = { due: 0, overdue: 0 };
    for (const reminder of reminders) {
      await notifyUsers(tx, [reminder.assignee_id], `task_${reminder.reminder}`, {
        taskId: reminder.task_id,
        caseId: reminder.case_id,
        caseCode: reminder.case_code,
        dueOn: reminder.due_on,
      });
      await tx.execute(
        appendEventStatement({
          occurredAt: new Date(),
          actorUserId: null,
          actorAgencyId: null,
          action: 'task.remind',
          resourceType: 'case',
          resourceId: reminder.case_id,
          outcome: 'success',
          reason: null,
          ip: null,
          userAgent: 'lantern-system',
          requestId: REMINDER_CONTEXT.requestId,
          details: { task: reminder.task_id, reminder: reminder.reminder, assignee: reminder.assignee_id },
        }),
      );
      outcome[reminder.reminder] += 1;
    }
    return outcome;
  });
}

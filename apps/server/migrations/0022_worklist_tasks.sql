-- Issue #17: assignable tasks, reminders and the worklist.
-- A reminder is sent once the day a task falls due and once when it becomes overdue; these record that it was.
ALTER TABLE "case_tasks" ADD COLUMN "reminded_at" timestamp (3) with time zone;
--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "overdue_notified_at" timestamp (3) with time zone;
--> statement-breakpoint
-- "My tasks" and the reminder run read open, assigned tasks by assignee and due day; done tasks are most rows
-- and never read this way.
CREATE INDEX "case_tasks_assignee_open_idx" ON "case_tasks" USING btree ("assignee_id","due_on")
  WHERE "done_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "case_tasks_due_open_idx" ON "case_tasks" USING btree ("due_on")
  WHERE "done_at" IS NULL AND "assignee_id" IS NOT NULL;
--> statement-breakpoint
-- A task may be assigned to a user of an agency the case is shared with (or referred to, with its notes):
-- that assignee marks it done although the case is not their agency's. Only their own task, only while they
-- still see the case; the application lets them change nothing but whether it is done.
CREATE POLICY case_tasks_assignee_done ON case_tasks FOR UPDATE
  USING (assignee_id = lantern_current_actor() AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (assignee_id = lantern_current_actor());
--> statement-breakpoint
-- The reminder run (a background context holding task.remind and no actor) sees no case. This marks the tasks
-- that need a reminder today — due today and not yet reminded, or overdue and not yet told — and returns what
-- the in-app notification says (the case code, never the sealed title), for that run only.
CREATE FUNCTION lantern_task_reminders(for_day date, batch integer)
  RETURNS TABLE (task_id uuid, case_id uuid, case_code text, assignee_id uuid, due_on date, reminder text)
  LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH due AS (
      SELECT t.id, CASE WHEN t.due_on < for_day THEN 'overdue' ELSE 'due' END AS reminder
      FROM case_tasks t JOIN users u ON u.id = t.assignee_id
      WHERE lantern_has_permission('task.remind') AND t.done_at IS NULL AND u.disabled_at IS NULL
        AND ((t.due_on = for_day AND t.reminded_at IS NULL)
             OR (t.due_on < for_day AND t.overdue_notified_at IS NULL))
      ORDER BY t.due_on
      LIMIT batch
      FOR UPDATE OF t SKIP LOCKED
    ), marked AS (
      UPDATE case_tasks t
        SET reminded_at = CASE WHEN due.reminder = 'due' THEN now() ELSE t.reminded_at END,
            overdue_notified_at = CASE WHEN due.reminder = 'overdue' THEN now() ELSE t.overdue_notified_at END
        FROM due WHERE t.id = due.id
        RETURNING t.id, t.case_id, t.assignee_id, t.due_on, due.reminder
    )
    SELECT m.id, m.case_id, c.code, m.assignee_id, m.due_on, m.reminder
    FROM marked m JOIN cases c ON c.id = m.case_id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_task_reminders(date, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_task_reminders(date, integer) TO lantern_app;

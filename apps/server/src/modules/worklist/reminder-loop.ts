import type { Database } from '../../db/types';
import type { Logger } from '../../lib/logger';
import { type PeriodicJob, startPeriodicJob } from '../../lib/periodic-job';
import { sendTaskReminders } from './send-task-reminders';

/**
 * The server's task reminders, every five minutes on the background connection: reminders are by the day, so
 * a few minutes late is nothing, and a request never waits for them.
 */
export function startTaskReminders(options: {
  database: Database;
  logger: Logger;
  intervalMs?: number;
}): PeriodicJob {
  return startPeriodicJob({
    name: 'task reminders',
    intervalMs: options.intervalMs ?? 300_000,
    logger: options.logger,
    run: () => sendTaskReminders(options.database),
    report: (outcome) => (outcome.due + outcome.overdue > 0 ? 'task reminders sent' : undefined),
  });
}

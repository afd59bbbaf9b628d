import type { Database } from '../../db/types';
import { describeErrorForLog, type Logger } from '../../lib/logger';
import { sendTaskReminders } from './send-task-reminders';

export interface ReminderLoop {
  stop(): Promise<void>;
}

/**
 * The server's task reminders, every five minutes on the background connection: reminders are by the day, so
 * a few minutes late is nothing, and a request never waits for them. Failures are logged and retried next tick.
 */
export function startTaskReminders(options: {
  database: Database;
  logger: Logger;
  intervalMs?: number;
}): ReminderLoop {
  const interval = options.intervalMs ?? 300_000;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(async () => {
      if (stopped) return;
      try {
        const outcome = await sendTaskReminders(options.database);
        if (outcome.due + outcome.overdue > 0) options.logger.info(outcome, 'task reminders sent');
      } catch (error) {
        options.logger.error({ err: describeErrorForLog(error) }, 'task reminders failed; retrying');
      }
    });
  }, interval);
  timer.unref?.();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      return inFlight;
    },
  };
}

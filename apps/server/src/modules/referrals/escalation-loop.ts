import type { Database } from '../../db/types';
import { describeErrorForLog, type Logger } from '../../lib/logger';
import { escalateReferrals } from './escalate-referrals';

export interface EscalationLoop {
  stop(): Promise<void>;
}

/**
 * The server's escalation run, once a minute on the background connection (deadlines are hours apart; a minute
 * late is nothing, a request never waits for it). Failures are logged and retried on the next tick.
 */
export function startReferralEscalation(options: {
  database: Database;
  logger: Logger;
  intervalMs?: number;
}): EscalationLoop {
  const interval = options.intervalMs ?? 60_000;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(async () => {
      if (stopped) return;
      try {
        const outcome = await escalateReferrals(options.database);
        if (outcome.escalated + outcome.expired > 0) options.logger.info(outcome, 'referrals escalated');
      } catch (error) {
        options.logger.error({ err: describeErrorForLog(error) }, 'referral escalation failed; retrying');
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

import type { Database } from '../../db/types';
import type { Logger } from '../../lib/logger';
import { type PeriodicJob, startPeriodicJob } from '../../lib/periodic-job';
import { escalateReferrals } from './escalate-referrals';

/**
 * The server's escalation run, once a minute on the background connection (deadlines are hours apart; a minute
 * late is nothing, a request never waits for it).
 */
export function startReferralEscalation(options: {
  database: Database;
  logger: Logger;
  intervalMs?: number;
}): PeriodicJob {
  return startPeriodicJob({
    name: 'referral escalation',
    intervalMs: options.intervalMs ?? 60_000,
    logger: options.logger,
    run: () => escalateReferrals(options.database),
    report: (outcome) =>
      outcome.escalated + outcome.expired + outcome.reminded > 0 ? 'referrals escalated' : undefined,
  });
}

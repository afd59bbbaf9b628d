import { runInRequestTransaction } from '../db/request-transaction';
import type { Database } from '../db/types';
import { describeErrorForLog, type Logger } from '../lib/logger';
import { SEAL_BATCH, type SealOutcome, sealPendingEvents } from './sealer';
import { requestRunner } from './sql-runner';

/**
 * One sealing run as the restricted request role (reading events through the audit.read policy), so a
 * server without an owner connection seals too, on the database's background connection, so that it never
 * waits in line behind requests for the request pool. Used by the server's loop and by `lantern audit seal`.
 */
export function sealOnce(database: Database, key: Buffer, batch = SEAL_BATCH): Promise<SealOutcome> {
  return runInRequestTransaction(
    database.background,
    { requestId: 'audit-sealer', actorId: null, agencyId: null, permissions: ['audit.read'] },
    (tx) => sealPendingEvents(requestRunner(tx), key, batch),
  );
}

export interface Sealer {
  /** Stops the loop after the run in flight; resolves when it has finished. */
  stop(): Promise<void>;
}

/**
 * The server's sealer: a run every `intervalMs` (well inside the 2-second bound between commit and seal),
 * and straight again while a full batch was found, so a burst drains at the speed of hashing.
 */
export function startSealer(options: {
  database: Database;
  key: Buffer;
  logger: Logger;
  intervalMs?: number;
}): Sealer {
  const interval = options.intervalMs ?? 500;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let failures = 0;

  const tick = () => {
    inFlight = (async () => {
      let delay = interval;
      try {
        const outcome = await sealOnce(options.database, options.key);
        if (outcome.events === SEAL_BATCH) delay = 0;
        failures = 0;
      } catch (error) {
        failures += 1;
        delay = Math.min(interval * 2 ** failures, 30_000);
        options.logger.error({ err: describeErrorForLog(error) }, 'audit sealer run failed; retrying');
      }
      if (!stopped) {
        timer = setTimeout(tick, delay);
        timer.unref?.();
      }
    })();
  };
  timer = setTimeout(tick, interval);
  timer.unref?.();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}

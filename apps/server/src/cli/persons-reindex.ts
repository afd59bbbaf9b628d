import { parseArgs } from 'node:util';
import { openInstallationKeyRing } from '../db/master-key';
import { reindexPersons } from '../modules/cases/reindex-persons';
import { createProgress } from '../modules/synthetic/progress';
import { openRuntime } from './open';
import { PersonsMatchUsageError } from './persons-match';

/**
 * `lantern persons reindex [--batch N]`: after an upgrade that changed the matching key rules, re-derives every
 * person's blind-index keys so that people registered before are found again. Runs as the schema owner; safe to
 * run while the server serves; Ctrl-C stops after the batch in flight and the next run continues from there.
 */
export async function personsReindexCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { batch: { type: 'string' } } });
  const batchSize = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new PersonsMatchUsageError('--batch must be a whole number from 1 to 10000');
  const { config, database } = await openRuntime();
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130); // the open batch rolls back; the next run continues after the last whole one
    stop = true;
    process.stderr.write('\nStopping after the batch in flight (Ctrl-C again to stop at once)…\n');
  };
  process.on('SIGINT', onSignal);
  try {
    const keys = await openInstallationKeyRing(config, database);
    const owner = await database.openOwner();
    if (!owner)
      throw new PersonsMatchUsageError('Re-indexing needs the schema owner: set DATABASE_OWNER_URL');
    try {
      const total = await owner.transaction(async (session) =>
        Number((await session.query<{ n: string }>('select count(*) as n from persons')).rows[0]?.n ?? 0),
      );
      const progress = createProgress({ total, start: 0, unit: 'persons re-indexed' });
      const outcome = await reindexPersons(owner, keys, {
        batchSize,
        onBatch: (done) => progress.update(done),
        shouldStop: () => stop,
      });
      progress.finish(outcome.persons);
      process.stdout.write(
        stop
          ? `Stopped after ${outcome.persons} persons; run it again to continue.\n`
          : `${outcome.resumed ? 'Continued an interrupted run: ' : ''}${outcome.persons} persons re-indexed, ` +
              `${outcome.keys} match keys written.\n`,
      );
      return 0;
    } finally {
      await owner.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    await database.close();
  }
}

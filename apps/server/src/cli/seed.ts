import { parseArgs } from 'node:util';
import { todayInVietNam } from '@lantern/domain';
import { readInstallation } from '../db/installation';
import { openInstallationKeyRing } from '../db/master-key';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { DEMO_CASES, seedDemoAccounts, seedDemoCaseload } from '../modules/synthetic/demo-seed';
import { createProgress } from '../modules/synthetic/progress';
import { SeedRefusedError, seedSynthetic } from '../modules/synthetic/synthetic-seed';
import { ensureInstallationRows } from './installation-rows';
import { openRuntime } from './open';

export class SeedUsageError extends Error {
  override name = 'UsageError';
}

const wholeNumber = (value: string | undefined, flag: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(number) || number < min)
    throw new SeedUsageError(`${flag} must be a whole number from ${min} (got ${value})`);
  return number;
};

/**
 * `lantern seed --demo` (the demo accounts and a small synthetic caseload) or `lantern seed --synthetic N
 * [--seed S] [--as-of YYYY-MM-DD]` (a national-scale synthetic dataset). Same seed and date, same data.
 * Ctrl-C stops after the batch being written; the same command continues from there.
 */
export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      demo: { type: 'boolean' },
      synthetic: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      cases: { type: 'string' },
      batch: { type: 'string' },
    },
  });
  if (Boolean(values.demo) === (values.synthetic !== undefined))
    throw new SeedUsageError('Choose one: lantern seed --demo, or lantern seed --synthetic N [--seed S]');
  const total = wholeNumber(values.synthetic, '--synthetic', 1);
  const seed = wholeNumber(values.seed, '--seed', 0) ?? 1;
  const cases = wholeNumber(values.cases, '--cases', 0) ?? DEMO_CASES;
  const batchSize = wholeNumber(values.batch, '--batch', 1);
  const asOf = values['as-of'] ?? todayInVietNam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new SeedUsageError(`--as-of must be a date like 2026-11-28 (got ${asOf})`);

  const { config, database } = await openRuntime();
  let interrupted = 0;
  const onSignal = () => {
    interrupted += 1;
    if (interrupted === 1)
      process.stderr.write('\nStopping after the batch being written (Ctrl-C again to stop at once)…\n');
    else process.exit(130); // the open transaction rolls back: whole batches only
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (database.canMigrate) await migrate(database, loadMigrations());
    await ensureInstallationRows(database);
    if (values.demo) {
      const outcome = await seedDemoAccounts(database);
      if (outcome === 'refused')
        throw new SeedRefusedError(
          'This database holds real accounts; demo data goes only into an empty one.',
        );
      await seedDemoCaseload(database, await openInstallationKeyRing(config, database), outcome, cases);
      process.stdout.write(
        outcome === 'seeded'
          ? `Demo accounts and ${cases.toLocaleString('en-US')} synthetic cases created.\n`
          : 'This database already holds the demo.\n',
      );
      return 0;
    }
    // Synthetic data makes a demo (it refuses a database with real accounts), so its key may stay in the data folder.
    const keys = await openInstallationKeyRing(config, database, {
      demo: (await readInstallation(database)).realAccounts === 0,
    });
    const result = await seedSynthetic(database, keys, {
      seed,
      asOf,
      total: total as number,
      ...(batchSize ? { batchSize } : {}),
      progress: (start) => createProgress({ total: total as number, start, unit: 'persons with cases' }),
      shouldStop: () => interrupted > 0,
    });
    process.stdout.write(
      result.stopped
        ? `Stopped with ${result.loaded.toLocaleString('en-US')} of ${(total as number).toLocaleString('en-US')} registrations; run the same command to continue.\n`
        : `Synthetic dataset (seed ${seed}, as of ${asOf}): ${result.loaded.toLocaleString('en-US')} registrations in ${result.agencies} agencies (${result.added.toLocaleString('en-US')} added now).\n`,
    );
    return result.stopped ? 130 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await database.close();
  }
}

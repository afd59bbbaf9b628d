import { parseArgs } from 'node:util';
import { openInstallationKeyRing } from '../db/master-key';
import { scanAllDuplicates } from '../modules/duplicates/scan-all';
import { openRuntime } from './open';

export class DuplicatesUsageError extends Error {
  override name = 'UsageError';
}

/**
 * `lantern duplicates scan [--since-hours 48 | --all]`: the nightly job (cron) that lists probable duplicates
 * across agencies for supervisors to decide. Runs as the schema owner.
 */
export async function duplicatesScanCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'since-hours': { type: 'string' }, all: { type: 'boolean' } },
  });
  const sinceHours = values.all ? undefined : Number(values['since-hours'] ?? 48);
  if (sinceHours !== undefined && (!Number.isInteger(sinceHours) || sinceHours < 1))
    throw new DuplicatesUsageError('--since-hours must be a whole number of hours from 1 (or use --all)');
  const { config, database } = await openRuntime();
  try {
    const keys = await openInstallationKeyRing(config, database);
    const owner = await database.openOwner();
    if (!owner)
      throw new DuplicatesUsageError('The duplicate scan needs the schema owner: set DATABASE_OWNER_URL');
    try {
      const result = await owner.transaction((session) =>
        scanAllDuplicates(session, keys, sinceHours === undefined ? {} : { sinceHours }),
      );
      process.stdout.write(
        `Compared ${result.scanned} persons with the whole database; ${result.pairs} candidate pairs recorded.\n`,
      );
      return 0;
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}

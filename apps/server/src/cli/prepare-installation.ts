import { endDemoBesideRealAccounts, isDemoInstallation, readInstallation } from '../db/installation';
import { openInstallationKeyRing } from '../db/master-key';
import { loadMigrations, type Migration } from '../db/migrations';
import { MigrationError, migrate, migrationStatus } from '../db/migrator';
import { runInRequestTransaction } from '../db/request-transaction';
import { verifyRequestRole } from '../db/roles';
import type { KeyRing } from '../lib/key-ring';
import { DEMO_CASES, seedDemoAccounts, seedDemoCaseload } from '../modules/synthetic/demo-seed';
import { ensureInstallationRows } from './installation-rows';
import type { CliRuntime } from './open';

/**
 * How the demo was asked for: `--demo` on the command line (explicit, any engine), `npm start`'s default
 * (the embedded engine only: a PostgreSQL database is someone's real one until they say otherwise), or not.
 */
export type DemoRequest = 'explicit' | 'if-embedded' | 'off';

export interface PreparedInstallation {
  keys: KeyRing;
  /** Whether the installation runs as a demo: banner on every page, demo accounts without a second factor. */
  demo: boolean;
  migrations: Migration[];
}

/**
 * Everything `lantern serve` does before it listens: migrations, reference rows, ending a demo that real
 * accounts sit beside, the demo when asked for and allowed, and the master key from its proper place.
 */
export async function prepareInstallation(
  { config, logger, database }: CliRuntime,
  options: { demo: DemoRequest; demoCases?: number },
): Promise<PreparedInstallation> {
  const migrations = loadMigrations();
  const readStatus = () =>
    migrationStatus(
      (work) =>
        runInRequestTransaction(database.db, { requestId: 'startup', actorId: null, agencyId: null }, work),
      migrations,
    );
  const migrateAndRead = async () => {
    const applied = await migrate(database, migrations);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    return readStatus();
  };
  // A current database is only read: the migrator's owner transaction (bookkeeping DDL, lock, commit) is
  // paid only when something is pending or differs, and it still refuses a diverged history itself.
  // On a new database the request role does not exist yet, so the read fails: then the migrator decides.
  const before = database.canMigrate ? await readStatus().catch(() => null) : await readStatus();
  let state = before ?? (await migrateAndRead());
  if (before !== null && state.status !== 'current' && database.canMigrate) state = await migrateAndRead();
  if (state.status !== 'current') {
    throw new MigrationError(
      state.status === 'pending'
        ? `The database has ${state.pending.length} pending migration(s). Run \`lantern migrate\` with DATABASE_OWNER_URL set, or set DATABASE_OWNER_URL for \`lantern serve\`.`
        : `The database's migration history differs from this build (${state.diverged.join(', ')}).`,
    );
  }
  await verifyRequestRole(database);
  await ensureInstallationRows(database);

  const disabled = await endDemoBesideRealAccounts(database);
  if (disabled !== null)
    logger.warn(
      { disabledAccounts: disabled },
      'demo ended: this database holds real accounts, so the demo accounts are disabled and demo mode is off',
    );

  const embedded = database.engine === 'pglite';
  const wantDemo = options.demo === 'explicit' || (options.demo === 'if-embedded' && embedded);
  if (options.demo === 'if-embedded' && !embedded)
    logger.info(
      'no demo on PostgreSQL unless asked for: `lantern serve --demo` seeds it into an empty database',
    );
  const outcome = wantDemo ? await seedDemoAccounts(database) : undefined;
  if (outcome === 'refused')
    logger.warn('demo mode refused: this database holds real accounts; serving without demo accounts');

  const demo = isDemoInstallation(await readInstallation(database));
  const keys = await openInstallationKeyRing(config, database, { demo });
  if (outcome && outcome !== 'refused') {
    await seedDemoCaseload(database, keys, outcome, options.demoCases ?? DEMO_CASES);
    logger.info({ outcome }, 'demo mode: synthetic agencies, accounts and cases, no real data');
  }
  return { keys, demo, migrations };
}

import { openInstallationKeyRing } from '../db/master-key';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { ensureInstallationRows } from './installation-rows';
import { openRuntime } from './open';

/**
 * Applies migrations, then writes what every installation needs (seeded roles, shipped instruments and —
 * when the master key is configured — the data keys), so that a server running without the owner
 * connection finds everything in place.
 */
export async function migrateCommand(): Promise<void> {
  const { config, logger, database } = await openRuntime();
  try {
    const applied = await migrate(database, loadMigrations());
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema already current');
    await ensureInstallationRows(database);
    const embedded = database.engine === 'pglite';
    if (config.masterKey || config.masterKeyFile.configured || embedded)
      await openInstallationKeyRing(config, database);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply; the schema is current.\n',
    );
  } finally {
    await database.close();
  }
}

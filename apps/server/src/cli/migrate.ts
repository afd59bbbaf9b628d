import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { openRuntime } from './open';

export async function migrateCommand(): Promise<void> {
  const { logger, database } = await openRuntime();
  try {
    const applied = await migrate(database, loadMigrations());
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema already current');
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply; the schema is current.\n',
    );
  } finally {
    await database.close();
  }
}

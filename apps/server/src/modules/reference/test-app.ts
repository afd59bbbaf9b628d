import { randomBytes } from 'node:crypto';
import { createApp } from '../../app';
import { openKeyRing } from '../../db/data-keys';
import { loadMigrations } from '../../db/migrations';
import { createLogger } from '../../lib/logger';
import { createTestDatabase } from '../../test-support/test-database';

/** The whole app (every middleware, this module mounted as in production) on the engine under test. */
export async function createReferenceTestApp() {
  const testDb = await createTestDatabase();
  const app = createApp({
    database: testDb.database,
    logger: createLogger('silent'),
    migrations: loadMigrations(),
    keys: await openKeyRing(testDb.database, randomBytes(32)),
  });
  return { app, close: () => testDb.close() };
}

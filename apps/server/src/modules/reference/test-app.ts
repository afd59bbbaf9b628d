import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
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

/**
 * One app for a test file, opened before its tests and closed after them. `get` asks it as a browser
 * without a session would, in `language` when given (Accept-Language).
 */
export function useReferenceTestApp() {
  let testApp: Awaited<ReturnType<typeof createReferenceTestApp>> | undefined;
  beforeAll(async () => {
    testApp = await createReferenceTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
  });
  return (url: string, language?: string) => {
    if (!testApp) throw new Error('the reference test app is not open yet');
    return testApp.app.request(url, { headers: language ? { 'Accept-Language': language } : {} });
  };
}

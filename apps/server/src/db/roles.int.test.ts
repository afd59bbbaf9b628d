import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { openPostgres } from './postgres';
import { UnsafeRequestRoleError, verifyRequestRole } from './roles';

let testDb: TestDatabase | undefined;
afterEach(async () => {
  await testDb?.close();
  testDb = undefined;
});

describe(`the start-up check of the request role (${testEngine})`, () => {
  it('accepts the restricted role requests run as', async () => {
    testDb = await createTestDatabase();
    await expect(verifyRequestRole(testDb.database)).resolves.toBeUndefined();
  });

  // Altering lantern_app is cluster-wide on PostgreSQL and would disturb other test files; the embedded
  // database is private to this test.
  it.runIf(testEngine === 'pglite').each(['bypassrls', 'superuser'])(
    'refuses to start when the request role has %s',
    async (attribute) => {
      testDb = await createTestDatabase();
      await testDb.asOwner((owner) => owner.exec(`alter role lantern_app ${attribute}`));
      await expect(verifyRequestRole(testDb.database)).rejects.toBeInstanceOf(UnsafeRequestRoleError);
    },
  );

  it.runIf(testEngine === 'postgres')(
    'refuses to start when DATABASE_URL signs in as a superuser',
    async () => {
      const superuserDb = await openPostgres(inject('pgAdminUrl') as string, undefined);
      try {
        await expect(verifyRequestRole(superuserDb)).rejects.toThrow(/superuser or BYPASSRLS/);
      } finally {
        await superuserDb.close();
      }
    },
  );
});

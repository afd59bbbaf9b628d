import { afterEach, describe, expect, inject, it } from 'vitest';
import { newId } from '../lib/ids';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { loadMigrations, type Migration } from './migrations';
import { MigrationError, migrate, migrationStatus } from './migrator';
import { openPostgres } from './postgres';
import { runInRequestTransaction } from './request-transaction';
import type { Database } from './types';

let testDb: TestDatabase | undefined;
afterEach(async () => {
  await testDb?.close();
  testDb = undefined;
});

const statusOf = (database: Database, migrations: Migration[]) =>
  migrationStatus(
    (work) =>
      runInRequestTransaction(database.db, { requestId: newId(), actorId: null, agencyId: null }, work),
    migrations,
  );

const extra = (tag: string, ...statements: string[]): Migration => ({
  tag,
  sha256: `sha-${tag}`,
  statements,
});

async function tableExists(db: TestDatabase, table: string): Promise<boolean> {
  const { rows } = await db.asOwner((owner) => owner.query('select to_regclass($1) as t', [table]));
  return (rows[0] as { t: string | null }).t !== null;
}

describe(`migrations (${testEngine})`, () => {
  it('leaves a new database current, and a second run applies nothing', async () => {
    testDb = await createTestDatabase();
    const committed = loadMigrations();
    expect(await statusOf(testDb.database, committed)).toMatchObject({
      status: 'current',
      applied: committed.length,
    });
    expect(await migrate(testDb.database, committed)).toEqual([]);
  });

  it('reports a migration this build adds as pending, then applies it', async () => {
    testDb = await createTestDatabase();
    const next = [...loadMigrations(), extra('9000_probe_table', 'create table probe_pending (id integer)')];
    expect(await statusOf(testDb.database, next)).toMatchObject({
      status: 'pending',
      pending: ['9000_probe_table'],
    });
    expect(await migrate(testDb.database, next)).toEqual(['9000_probe_table']);
    expect(await tableExists(testDb, 'probe_pending')).toBe(true);
    expect((await statusOf(testDb.database, next)).status).toBe('current');
  });

  it('applies all pending migrations or none of them', async () => {
    testDb = await createTestDatabase();
    const broken = [
      ...loadMigrations(),
      extra('9001_good', 'create table probe_good (id integer)'),
      extra('9002_bad', 'create table probe_bad (id no_such_type)'),
    ];
    await expect(migrate(testDb.database, broken)).rejects.toThrow();
    expect(await tableExists(testDb, 'probe_good')).toBe(false);
    expect((await statusOf(testDb.database, broken)).pending).toEqual(['9001_good', '9002_bad']);
  });

  it('refuses to run over a history that differs from the committed files', async () => {
    testDb = await createTestDatabase();
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, sha256: 'edited-after-release' } : m));
    expect((await statusOf(testDb.database, edited)).status).toBe('diverged');
    await expect(migrate(testDb.database, edited)).rejects.toBeInstanceOf(MigrationError);
  });

  it.runIf(testEngine === 'postgres')('cannot migrate without an owner connection', async () => {
    testDb = await createTestDatabase();
    const appOnly = await openPostgres(new URL(inject('pgAdminUrl') as string).toString(), undefined);
    try {
      expect(appOnly.canMigrate).toBe(false);
      await expect(migrate(appOnly, loadMigrations())).rejects.toThrow(/DATABASE_OWNER_URL/);
    } finally {
      await appOnly.close();
    }
  });
});

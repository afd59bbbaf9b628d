import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { ensureInstallationRows } from '../cli/installation-rows';
import { loadMigrations, type Migration } from '../db/migrations';
import { migrate } from '../db/migrator';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Database, SqlSession } from '../db/types';
import { TEST_LOGIN_ROLE, TEST_OWNER_ROLE, withUser } from './postgres-roles';

export type TestEngine = 'pglite' | 'postgres';
export const testEngine: TestEngine = process.env.LANTERN_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  /** Runs SQL as the schema owner (test set-up only: fixtures, probes). */
  asOwner<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Migrates a new database; the installation's rows are added unless the test brought its own migrations. */
async function prepare(database: Database, migrations: Migration[], ownMigrations: boolean): Promise<void> {
  await migrate(database, migrations);
  if (!ownMigrations) await ensureInstallationRows(database);
}

/** Runs set-up SQL as the schema owner, in a transaction; `closeAfter` closes the owner connection after each. */
function ownerRunner(database: Database, closeAfter: boolean): TestDatabase['asOwner'] {
  return async (work) => {
    const owner = await database.openOwner();
    if (!owner) throw new Error('no owner connection');
    try {
      return await owner.transaction(work);
    } finally {
      if (closeAfter) await owner.close();
    }
  };
}

/**
 * A new, migrated database on the engine under test: an in-memory PGlite, or a fresh database on the
 * PostgreSQL cluster owned by the owner role and served through the restricted login role.
 */
export async function createTestDatabase(options: { migrations?: Migration[] } = {}): Promise<TestDatabase> {
  const migrations = options.migrations ?? loadMigrations();
  if (testEngine === 'pglite') {
    // The template is migrated to the newest schema; a test of an upgrade starts from an older one.
    const templateFile = options.migrations ? undefined : inject('pgliteTemplate');
    const template = templateFile ? new Blob([readFileSync(templateFile)]) : undefined;
    const database = await openPglite(undefined, template);
    await prepare(database, migrations, options.migrations !== undefined);
    // PGlite's one owner connection stays open for the database's life.
    return { database, asOwner: ownerRunner(database, false), close: () => database.close() };
  }

  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('LANTERN_TEST_ENGINE=postgres but no PostgreSQL cluster was prepared');
  const name = `lantern_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} owner ${TEST_OWNER_ROLE}`);
  await admin.end();

  const database = await openPostgres(
    withUser(adminUrl, TEST_LOGIN_ROLE, name),
    withUser(adminUrl, TEST_OWNER_ROLE, name),
  );
  await prepare(database, migrations, options.migrations !== undefined);
  return {
    database,
    asOwner: ownerRunner(database, true),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEphemeralPostgres } from '../../../../scripts/ephemeral-postgres.mjs';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { openPglite } from '../db/pglite';
import { createClusterRoles } from './postgres-roles';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
    pgliteTemplate: string | null;
  }
}

/** One migrated embedded database, dumped to a file that every test database starts from. */
async function makePgliteTemplate(): Promise<{ file: string; remove: () => void }> {
  const database = await openPglite(undefined);
  await migrate(database, loadMigrations());
  const dump = await database.dump();
  await database.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantern-pglite-template-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For PGlite: prepares the migrated template. For LANTERN_TEST_ENGINE=postgres: uses LANTERN_TEST_PG_ADMIN_URL (a superuser URL) or starts a
 * throwaway cluster, and creates the cluster roles once. Each test file then makes its own database.
 */
export default async function setup(project: TestProject) {
  if ((process.env.LANTERN_TEST_ENGINE ?? 'pglite') !== 'postgres') {
    const template = await makePgliteTemplate();
    project.provide('pgAdminUrl', null);
    project.provide('pgliteTemplate', template.file);
    return template.remove;
  }
  project.provide('pgliteTemplate', null);
  let adminUrl = process.env.LANTERN_TEST_PG_ADMIN_URL;
  let stop: (() => void) | undefined;
  if (!adminUrl) {
    const cluster = await startEphemeralPostgres();
    adminUrl = cluster.adminUrl;
    stop = cluster.stop;
  }
  await createClusterRoles(adminUrl as string);
  project.provide('pgAdminUrl', adminUrl as string);
  return () => stop?.();
}

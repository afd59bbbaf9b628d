import type { TestProject } from 'vitest/node';
import { startEphemeralPostgres } from '../../../../scripts/ephemeral-postgres.mjs';
import { createClusterRoles } from './postgres-roles';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

/**
 * For LANTERN_TEST_ENGINE=postgres: uses LANTERN_TEST_PG_ADMIN_URL (a superuser URL) or starts a
 * throwaway cluster, and creates the cluster roles once. Each test file then makes its own database.
 */
export default async function setup(project: TestProject) {
  if ((process.env.LANTERN_TEST_ENGINE ?? 'pglite') !== 'postgres') {
    project.provide('pgAdminUrl', null);
    return;
  }
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

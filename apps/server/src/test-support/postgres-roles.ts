import pg from 'pg';

export const TEST_OWNER_ROLE = 'lantern_owner';
/** The login role requests use in tests: a member of lantern_app, neither superuser nor BYPASSRLS. */
export const TEST_LOGIN_ROLE = 'lantern_web';
export const TEST_PASSWORD = 'lantern-test-only';

/**
 * The roles a PostgreSQL administrator creates once per cluster (the README shows the same statements):
 * a schema owner for migrations and a restricted login role for requests.
 */
export async function createClusterRoles(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = new Set(
      (await client.query<{ rolname: string }>('select rolname from pg_roles')).rows.map((r) => r.rolname),
    );
    if (!existing.has('lantern_app'))
      await client.query('create role lantern_app nologin nosuperuser nobypassrls');
    if (!existing.has(TEST_OWNER_ROLE)) {
      await client.query(`create role ${TEST_OWNER_ROLE} login password '${TEST_PASSWORD}' nosuperuser`);
    }
    if (!existing.has(TEST_LOGIN_ROLE)) {
      await client.query(
        `create role ${TEST_LOGIN_ROLE} login password '${TEST_PASSWORD}' nosuperuser nobypassrls in role lantern_app`,
      );
    }
  } finally {
    await client.end();
  }
}

export function withUser(url: string, user: string, database: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = TEST_PASSWORD;
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

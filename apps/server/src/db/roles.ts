import { sql } from 'drizzle-orm';
import { queryRows } from './query-rows';
import { REQUEST_ROLE, runInRequestTransaction } from './request-transaction';
import type { Database, SqlSession } from './types';

export class UnsafeRequestRoleError extends Error {
  override name = 'UnsafeRequestRoleError';
}

/**
 * Creates the request role when it does not exist yet (always the case on a new embedded database).
 * On PostgreSQL an administrator usually creates it beforehand as a login role; then this does nothing.
 */
export async function ensureRequestRole(owner: SqlSession): Promise<void> {
  const { rows } = await owner.query('select 1 from pg_roles where rolname = $1', [REQUEST_ROLE]);
  if (rows.length > 0) return;
  await owner.exec(`create role ${REQUEST_ROLE} nologin nosuperuser nobypassrls`);
}

interface RoleFacts {
  current_role: string;
  current_super: boolean;
  current_bypassrls: boolean;
  session_role: string;
  session_super: boolean;
  session_bypassrls: boolean;
}

/**
 * Refuses to serve when requests would run with power over row-level security: the effective request
 * role must be neither superuser nor BYPASSRLS. On PostgreSQL the login role of DATABASE_URL must not be
 * either; in embedded mode the one session is a superuser by construction (documented in SECURITY.md).
 */
export async function verifyRequestRole(database: Database): Promise<void> {
  const context = { requestId: 'startup', actorId: null, agencyId: null };
  const [facts] = await runInRequestTransaction(database.db, context, (tx) =>
    queryRows<RoleFacts>(
      tx,
      sql`
      select c.rolname as current_role, c.rolsuper as current_super, c.rolbypassrls as current_bypassrls,
             s.rolname as session_role, s.rolsuper as session_super, s.rolbypassrls as session_bypassrls
      from pg_roles c, pg_roles s
      where c.rolname = current_user and s.rolname = session_user`,
    ),
  );
  if (!facts) throw new UnsafeRequestRoleError('Cannot read the request role from pg_roles');
  if (facts.current_super || facts.current_bypassrls) {
    throw new UnsafeRequestRoleError(
      `Requests would run as role "${facts.current_role}", which is a superuser or has BYPASSRLS. Refusing to start.`,
    );
  }
  if (database.engine === 'postgres' && (facts.session_super || facts.session_bypassrls)) {
    throw new UnsafeRequestRoleError(
      `DATABASE_URL signs in as "${facts.session_role}", a superuser or BYPASSRLS role. Use a restricted login role that is a member of ${REQUEST_ROLE} (see README). Refusing to start.`,
    );
  }
}

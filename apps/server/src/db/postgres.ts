import type pg from 'pg';
import { copyIntoPostgres } from './copy-from';
import * as schema from './schema';
import type { Database, OwnerConnection, SqlSession } from './types';

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

/** "postgres://user@host:5432/db", never the password. Throws a clear error for a malformed URL. */
export function describePostgresUrl(url: string, variable: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConnectionError(
      `${variable} is not a valid URL. Expected postgres://user:password@host:5432/database`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseConnectionError(
      `${variable} must start with postgres:// or postgresql:// (got ${parsed.protocol}//). Expected postgres://user:password@host:5432/database`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
  const user = decodeURIComponent(parsed.username) || '(default user)';
  return `postgres://${user}@${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
}

async function checkConnection(pool: pg.Pool, target: string, variable: string): Promise<void> {
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseConnectionError(`Cannot connect to PostgreSQL at ${target} (${variable}): ${reason}`);
  }
}

type PgModule = typeof pg;

function createPool(driver: PgModule, connectionString: string, max: number): pg.Pool {
  const pool = new driver.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'lantern',
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

export async function openPostgres(databaseUrl: string, ownerUrl: string | undefined): Promise<Database> {
  const target = describePostgresUrl(databaseUrl, 'DATABASE_URL');
  const ownerTarget = ownerUrl ? describePostgresUrl(ownerUrl, 'DATABASE_OWNER_URL') : undefined;
  // The driver is loaded only for PostgreSQL: an embedded start-up never pays for it.
  const [{ default: driver }, { drizzle }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  const pool = createPool(driver, databaseUrl, 10);
  await checkConnection(pool, target, 'DATABASE_URL');
  const db = drizzle(pool, { schema });
  // Connects on first use; one connection is enough for a loop that runs one transaction at a time.
  const backgroundPool = createPool(driver, databaseUrl, 1);

  const openOwner = async (): Promise<OwnerConnection | undefined> => {
    if (!ownerUrl || !ownerTarget) return undefined;
    const ownerPool = createPool(driver, ownerUrl, 1);
    await checkConnection(ownerPool, ownerTarget, 'DATABASE_OWNER_URL');
    return {
      transaction: async (work) => {
        const client = await ownerPool.connect();
        const session: SqlSession = {
          query: async <Row>(text: string, params?: unknown[]) => ({
            rows: (await client.query(text, params)).rows as Row[],
          }),
          exec: async (script) => {
            await client.query(script);
          },
          copyFrom: (table, columns, data) => copyIntoPostgres(client, table, columns, data),
        };
        try {
          await client.query('begin');
          const result = await work(session);
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => ownerPool.end(),
    };
  };

  return {
    engine: 'postgres',
    target,
    db,
    background: drizzle(backgroundPool, { schema }),
    canMigrate: ownerUrl !== undefined,
    openOwner,
    close: async () => {
      await Promise.all([pool.end(), backgroundPool.end()]);
    },
  };
}

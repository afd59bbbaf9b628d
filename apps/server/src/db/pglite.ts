import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from './schema';
import type { Database, OwnerConnection, SqlSession } from './types';

/**
 * Embedded PostgreSQL in the server process. One session, whose user is a superuser: the schema owner.
 * Requests switch to the restricted role per transaction (see request-transaction.ts and docs/SECURITY.md).
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema });

  const owner: OwnerConnection = {
    transaction: (work) =>
      client.transaction(async (tx) => {
        const session: SqlSession = {
          query: async <Row>(text: string, params?: unknown[]) => ({
            rows: (await tx.query<Row>(text, params)).rows,
          }),
          exec: async (script) => {
            await tx.exec(script);
          },
        };
        return work(session);
      }),
    // The owner shares the one embedded session; closing the database closes it.
    close: async () => {},
  };

  return {
    engine: 'pglite',
    target: dataDir ?? 'memory',
    db,
    canMigrate: true,
    openOwner: async () => owner,
    close: () => client.close(),
  };
}

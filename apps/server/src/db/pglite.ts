import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';
import type { Database, OwnerConnection, SqlSession } from './types';

export interface EmbeddedDatabase extends Database {
  /** A copy of the whole database, from which `openPglite` can start another one. */
  dump(): Promise<Blob>;
}

/**
 * Embedded PostgreSQL in the server process. One session, whose user is a superuser: the schema owner.
 * Requests switch to the restricted role per transaction (see request-transaction.ts and docs/SECURITY.md).
 * `dataDir` undefined keeps the database in memory; `template` starts it from a dump, which tests use to
 * skip PostgreSQL's initdb for every database they make.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob): Promise<EmbeddedDatabase> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, template ? { loadDataDir: template } : {});
  } catch (error) {
    unlock();
    throw error;
  }
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
          // PGlite reads COPY data from the blob it is handed as the file '/dev/blob'.
          copyFrom: async (table, columns, data) => {
            await tx.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
              blob: new Blob([data]),
            });
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
    background: db,
    canMigrate: true,
    openOwner: async () => owner,
    dump: () => client.dumpDataDir('none'),
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

import type { SQL } from 'drizzle-orm';
import type { AppDatabase, Tx } from './types';

/**
 * Runs a raw, parameterised SQL query and returns its rows. Both drivers (PGlite and node-postgres)
 * answer with `{ rows }`; the shared Drizzle type cannot say so, hence this one narrow cast.
 */
export async function queryRows<Row>(db: Tx | AppDatabase, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

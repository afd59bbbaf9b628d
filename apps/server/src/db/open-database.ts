import path from 'node:path';
import type { Config } from '../config';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

/**
 * Chooses the engine once, at start: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise.
 * A DATABASE_URL that cannot be used is an error; there is no silent fall-back to the embedded engine.
 */
export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'>,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databaseOwnerUrl);
  return openPglite(path.join(config.dataDir, 'pglite'));
}

import type { DatabaseEngine } from '@lantern/domain';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;
export type AppDatabase = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction running as the restricted request role with the request's context set. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The smallest SQL surface the migration runner needs; both PGlite and node-postgres provide it. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements without parameters (the simple query protocol). */
  exec(script: string): Promise<void>;
  /**
   * Loads rows with `COPY table (columns) FROM STDIN` from `data` in COPY's text format (bulk loads: the
   * synthetic seed). Absent where the engine cannot; callers then insert.
   */
  copyFrom?(table: string, columns: readonly string[], data: string): Promise<void>;
}

export interface OwnerConnection {
  /** Runs `work` in one transaction as the role that owns the schema. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Database {
  readonly engine: DatabaseEngine;
  /** Where the data lives, safe to log (no password). */
  readonly target: string;
  /** Request connection. Only `runInRequestTransaction` may use it; modules never see it. */
  readonly db: AppDatabase;
  /**
   * A connection of its own for background work (the audit sealer), so that work never queues behind requests
   * waiting for the request pool; the same rules apply (runInRequestTransaction, the request role). On the
   * embedded engine, the one connection there is.
   */
  readonly background: AppDatabase;
  /** False on PostgreSQL without DATABASE_OWNER_URL: this process cannot change the schema. */
  readonly canMigrate: boolean;
  /** Absent when no owner connection is configured (PostgreSQL without DATABASE_OWNER_URL). */
  openOwner(): Promise<OwnerConnection | undefined>;
  close(): Promise<void>;
}

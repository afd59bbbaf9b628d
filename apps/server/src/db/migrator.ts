import { sql } from 'drizzle-orm';
import { loadMigrations, type Migration } from './migrations';
import { queryRows } from './query-rows';
import { ensureRequestRole } from './roles';
import type { Database, SqlSession, Tx } from './types';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationStatus {
  status: 'current' | 'pending' | 'diverged' | 'unknown';
  applied: number;
  pending: string[];
  /** Applied migrations whose file changed afterwards, or that this build does not know. */
  diverged: string[];
}

interface AppliedRow {
  tag: string;
  sha256: string;
}

// Bookkeeping lives beside the schema. A one-row lock table taken FOR UPDATE serialises concurrent
// migrators without advisory locks, which distributed Postgres-compatible engines do not offer.
const BOOKKEEPING = `
  create table if not exists lantern_schema_migrations (
    tag text primary key,
    sha256 text not null,
    applied_at timestamptz not null default now()
  );
  create table if not exists lantern_schema_lock (id integer primary key check (id = 1));
  insert into lantern_schema_lock (id) values (1) on conflict (id) do nothing;
  grant select on table lantern_schema_migrations to lantern_app;
`;

export function compareMigrations(known: Migration[], applied: AppliedRow[]): MigrationStatus {
  const appliedByTag = new Map(applied.map((row) => [row.tag, row.sha256]));
  const knownTags = new Set(known.map((m) => m.tag));
  const diverged = [
    ...known.filter((m) => appliedByTag.has(m.tag) && appliedByTag.get(m.tag) !== m.sha256).map((m) => m.tag),
    ...applied.filter((row) => !knownTags.has(row.tag)).map((row) => row.tag),
  ];
  const pending = known.filter((m) => !appliedByTag.has(m.tag)).map((m) => m.tag);
  const status = diverged.length > 0 ? 'diverged' : pending.length > 0 ? 'pending' : 'current';
  return { status, applied: applied.length, pending, diverged };
}

async function readApplied(session: SqlSession): Promise<AppliedRow[]> {
  return (await session.query<AppliedRow>('select tag, sha256 from lantern_schema_migrations order by tag'))
    .rows;
}

/**
 * Applies pending migrations as the schema owner, all in one transaction: either the database moves to
 * the new schema completely or not at all. Refuses to run over a database whose history differs from
 * the committed files (an edited migration must never be applied silently).
 */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<string[]> {
  const owner = await database.openOwner();
  if (!owner) {
    throw new MigrationError(
      'No owner connection to run migrations with. Set DATABASE_OWNER_URL to the role that owns the schema.',
    );
  }
  try {
    return await owner.transaction(async (session) => {
      await ensureRequestRole(session);
      await session.exec(BOOKKEEPING);
      await session.query('select id from lantern_schema_lock where id = 1 for update');
      const state = compareMigrations(migrations, await readApplied(session));
      if (state.status === 'diverged') {
        throw new MigrationError(
          `The database's migration history differs from this build: ${state.diverged.join(', ')}. Refusing to migrate.`,
        );
      }
      const toApply = migrations.filter((m) => state.pending.includes(m.tag));
      for (const migration of toApply) {
        for (const statement of migration.statements) await session.exec(statement);
        await session.query('insert into lantern_schema_migrations (tag, sha256) values ($1, $2)', [
          migration.tag,
          migration.sha256,
        ]);
      }
      return toApply.map((m) => m.tag);
    });
  } finally {
    await owner.close();
  }
}

/** Migration state as the request role sees it; used by readiness checks and `lantern db:status`. */
export async function migrationStatus(
  transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  migrations: Migration[],
): Promise<MigrationStatus> {
  try {
    const applied = await transaction((tx) =>
      queryRows<AppliedRow>(tx, sql`select tag, sha256 from lantern_schema_migrations order by tag`),
    );
    return compareMigrations(migrations, applied);
  } catch (error) {
    // 42P01 undefined table / 42704 undefined role: a database that has never been migrated.
    const code =
      (error as { cause?: { code?: string }; code?: string }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '42P01' || code === '42704') {
      return { status: 'pending', applied: 0, pending: migrations.map((m) => m.tag), diverged: [] };
    }
    throw error;
  }
}

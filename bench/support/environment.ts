// A benchmark environment: a throwaway PostgreSQL cluster (or an embedded PGlite folder) with the schema,
// the synthetic national dataset of N registrations, and signed-in bench users in one busy agency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { recordSystemAudit } from '../../apps/server/src/audit/system-audit';
import { hashPassword } from '../../apps/server/src/auth/passwords';
import { ensureInstallationRows } from '../../apps/server/src/cli/installation-rows';
import { openKeyRing } from '../../apps/server/src/db/data-keys';
import { loadMigrations } from '../../apps/server/src/db/migrations';
import { migrate } from '../../apps/server/src/db/migrator';
import { openPglite } from '../../apps/server/src/db/pglite';
import { openPostgres } from '../../apps/server/src/db/postgres';
import type { Database } from '../../apps/server/src/db/types';
import type { KeyRing } from '../../apps/server/src/lib/key-ring';
import { createProgress } from '../../apps/server/src/modules/synthetic/progress';
import { seedSynthetic } from '../../apps/server/src/modules/synthetic/synthetic-seed';
import {
  createClusterRoles,
  TEST_LOGIN_ROLE,
  TEST_OWNER_ROLE,
  withUser,
} from '../../apps/server/src/test-support/postgres-roles';
import { startEphemeralPostgres } from '../../scripts/ephemeral-postgres.mjs';

export type Engine = 'postgres' | 'pglite';
export const BENCH_SEED = 7;
export const BENCH_AS_OF = '2026-11-28';
export const BENCH_PASSWORD = 'bench passphrase 2026';
export const BENCH_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The inbox path's users work, in turn, in this many of the agencies with the fullest inboxes. */
const INBOX_AGENCIES = 4;

export interface BenchEnvironment {
  engine: Engine;
  persons: number;
  database: Database;
  keys: KeyRing;
  masterKeyBase64: string;
  /** For the server child process: DATABASE_URL/OWNER_URL, or LANTERN_DATA_DIR for PGlite. */
  serverEnv: Record<string, string>;
  /** The request role's URL on PostgreSQL, for the bare-client floor. */
  loginUrl?: string;
  /** The agency the bench users work in (the one with most cases) and its users. */
  agencyId: string;
  users: Array<{ id: string; username: string }>;
  /** Case workers of the agencies with the most open incoming referrals, in turn (the inbox path's users). */
  inboxUsers: Array<{ id: string; username: string; agencyId: string }>;
  /** A programme analyst and a provincial coordinator (in the busiest agency), for the indicator set. */
  analyst: { id: string; username: string };
  coordinator: { id: string; username: string };
  /** null when a kept cluster was started again (nothing was loaded this run). */
  seedSeconds: number | null;
  close(): Promise<void>;
}

export async function openEngine(
  engine: Engine,
  keepIn?: string,
): Promise<{
  database: Database;
  serverEnv: Record<string, string>;
  loginUrl?: string;
  reused: boolean;
  stop: () => void;
}> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-'));
    const database = await openPglite(path.join(dir, 'pglite'));
    return {
      database,
      serverEnv: { LANTERN_DATA_DIR: dir },
      reused: false,
      stop: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const cluster = await startEphemeralPostgres(keepIn ? { keepIn } : {});
  await createClusterRoles(cluster.adminUrl);
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = 'lantern_bench'");
  if (exists.rowCount === 0) await admin.query(`create database lantern_bench owner ${TEST_OWNER_ROLE}`);
  await admin.end();
  const loginUrl = withUser(cluster.adminUrl, TEST_LOGIN_ROLE, 'lantern_bench');
  const ownerUrl = withUser(cluster.adminUrl, TEST_OWNER_ROLE, 'lantern_bench');
  const database = await openPostgres(loginUrl, ownerUrl);
  return {
    database,
    loginUrl,
    serverEnv: { DATABASE_URL: loginUrl, DATABASE_OWNER_URL: ownerUrl },
    reused: cluster.reused,
    stop: () => cluster.stop(),
  };
}

/** A kept cluster that a run already seeded (the seed refuses a database with accounts, so it is not asked). */
async function benchUsersExist(database: Database): Promise<boolean> {
  const owner = await database.openOwner();
  if (!owner) return false;
  try {
    return await owner.transaction(async (session) => {
      const { rows } = await session.query<{ n: number }>(
        "select count(*)::int as n from users where username like 'bench.%'",
      );
      return (rows[0]?.n ?? 0) > 0;
    });
  } finally {
    await owner.close();
  }
}

function readThrough(folder: string): void {
  const started = performance.now();
  execFileSync('sh', ['-c', 'find "$0" -type f -exec cat {} + > /dev/null', folder]);
  process.stderr.write(
    `read the kept database through in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

export async function openBenchEnvironment(options: {
  engine: Engine;
  persons: number;
  users: number;
  /** Users for the inbox path (none by default). */
  inboxUsers?: number;
  /**
   * PostgreSQL only: keep the seeded cluster in this folder, and on a later run start it again instead of
   * seeding anew (pending migrations are applied; the bench users are reused) — to measure a change at
   * 1,000,000 persons without half an hour of loading each time.
   */
  keepIn?: string;
}): Promise<BenchEnvironment> {
  const opened = await openEngine(options.engine, options.engine === 'postgres' ? options.keepIn : undefined);
  const { database } = opened;
  await migrate(database, loadMigrations());
  await ensureInstallationRows(database);
  const masterKey = Buffer.alloc(32, 7);
  const keys = await openKeyRing(database, masterKey);
  const started = performance.now();
  const seeded = opened.reused && (await benchUsersExist(database));
  if (!seeded)
    await seedSynthetic(database, keys, {
      seed: BENCH_SEED,
      asOf: BENCH_AS_OF,
      total: options.persons,
      batchSize: options.engine === 'pglite' ? 500 : 1000,
      progress: (start) =>
        createProgress({ total: options.persons, start, unit: `persons with cases (${options.engine})` }),
    });
  const seedSeconds = seeded ? null : (performance.now() - started) / 1000;
  // A kept cluster is read through once before it is measured, so the operating system's cache holds the
  // database as it would on a server that has been running (right after seeding, the write-ahead log has pushed
  // part of it out; a later run would find more of it cached and measure something else).
  if (options.keepIn && options.engine === 'postgres') readThrough(path.join(options.keepIn, 'data', 'base'));

  const owner = await database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users: Array<{ id: string; username: string }> = [];
  const inboxUsers: BenchEnvironment['inboxUsers'] = [];
  const statisticsUsers: Array<{ id: string; username: string }> = [];
  let agencyId = '';
  await owner.transaction(async (session) => {
    // The busiest social work centre: its case list is the longest one a real user would page through.
    const { rows } = await session.query<{ id: string }>(
      `select a.id from agencies a join cases c on c.owner_agency_id = a.id
       where a.type_code = 'social_work_centre' group by a.id order by count(*) desc limit 1`,
    );
    agencyId = rows[0]?.id as string;
    const roleIds = new Map(
      (await session.query<{ id: string; code: string }>('select id, code from roles')).rows.map((role) => [
        role.code,
        role.id,
      ]),
    );
    const addUser = async (username: string, agency: string, role = 'case_worker') => {
      const { rows: found } = await session.query<{ id: string }>(
        'select id from users where username = $1',
        [username],
      );
      if (found[0]) {
        await session.query('update users set agency_id = $2 where id = $1', [found[0].id, agency]);
        return found[0].id;
      }
      const id = crypto.randomUUID();
      await session.query(
        `insert into users (id, agency_id, username, display_name, password_hash, totp_secret, totp_enrolled_at)
         values ($1, $2, $3, $3, $4, $5, now())`,
        [id, agency, username, passwordHash, keys.seal(BENCH_TOTP_SECRET, `totp:${id}`)],
      );
      await session.query('insert into user_roles (user_id, role_id) values ($1, $2)', [
        id,
        roleIds.get(role),
      ]);
      return id;
    };
    for (let i = 0; i < options.users; i++) {
      const username = `bench.${i}`;
      users.push({ id: await addUser(username, agencyId), username });
    }
    // The fullest inboxes: the agencies with the most open incoming referrals.
    const busiest = (
      await session.query<{ id: string }>(
        `select to_agency_id as id from referrals where status in ('sent', 'accepted', 'in_progress')
         group by 1 order by count(*) desc, 1 limit ${INBOX_AGENCIES}`,
      )
    ).rows.map((row) => row.id);
    for (let i = 0; i < (options.inboxUsers ?? 0) && busiest.length > 0; i++) {
      const username = `bench.inbox.${i}`;
      const agency = busiest[i % busiest.length] as string;
      inboxUsers.push({ id: await addUser(username, agency), username, agencyId: agency });
    }
    // Statistics readers: a programme analyst (national tables) and the busiest agency's provincial coordinator.
    statisticsUsers.push(
      { id: await addUser('bench.analyst', agencyId, 'programme_analyst'), username: 'bench.analyst' },
      {
        id: await addUser('bench.coordinator', agencyId, 'provincial_coordinator'),
        username: 'bench.coordinator',
      },
    );
    await recordSystemAudit(session, {
      action: 'bench.setup',
      details: { users: options.users, inboxUsers: inboxUsers.length },
    });
  });
  await owner.close();
  return {
    engine: options.engine,
    persons: options.persons,
    database,
    keys,
    masterKeyBase64: masterKey.toString('base64'),
    serverEnv: opened.serverEnv,
    ...(opened.loginUrl ? { loginUrl: opened.loginUrl } : {}),
    agencyId,
    users,
    inboxUsers,
    analyst: statisticsUsers[0] as { id: string; username: string },
    coordinator: statisticsUsers[1] as { id: string; username: string },
    seedSeconds,
    async close() {
      await database.close().catch(() => {});
      opened.stop();
    },
  };
}

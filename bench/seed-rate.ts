// How fast `lantern seed --synthetic` loads: seeds N persons into a throwaway PostgreSQL cluster (or PGlite) and
// prints persons/s and rows/s over every table the seed writes. A measurement, not a test.
//   npx tsx bench/seed-rate.ts [persons=5000] [postgres|pglite] [without-programme]
import { ensureInstallationRows } from '../apps/server/src/cli/installation-rows';
import { openKeyRing } from '../apps/server/src/db/data-keys';
import { loadMigrations } from '../apps/server/src/db/migrations';
import { migrate } from '../apps/server/src/db/migrator';
import { seedSynthetic } from '../apps/server/src/modules/synthetic/synthetic-seed';
import { BENCH_AS_OF, BENCH_SEED, type Engine, openEngine } from './support/environment';
import { postgresCpuSeconds } from './support/postgres-cpu';

const TABLES = [
  'screenings',
  'screening_responses',
  'persons',
  'person_match_keys',
  'cases',
  'consents',
  'case_events',
  'case_notes',
  'case_tasks',
  'referrals',
  'support_plans',
  'support_deliveries',
  'support_approvals',
  'self_help_groups',
  'self_help_group_members',
  'self_help_group_member_cases',
  'self_help_group_meetings',
  'self_help_group_attendance',
  'contacts',
];

const persons = Number(process.argv[2] ?? 5000);
const engine = (process.argv[3] ?? 'postgres') as Engine;
/** `without-programme`: the registrations alone, as before issue #18's support, groups and contacts. */
const programme = process.argv[4] !== 'without-programme';
const opened = await openEngine(engine);
try {
  const { database } = opened;
  await migrate(database, loadMigrations());
  await ensureInstallationRows(database);
  const keys = await openKeyRing(database, Buffer.alloc(32, 7));
  const pgCpu = engine === 'postgres' ? await postgresCpuSeconds(database) : undefined;
  const nodeCpu = process.cpuUsage();
  const started = performance.now();
  await seedSynthetic(database, keys, {
    seed: BENCH_SEED,
    asOf: BENCH_AS_OF,
    total: persons,
    batchSize: engine === 'pglite' ? 500 : 1000,
    programme,
  });
  const seconds = (performance.now() - started) / 1000;
  const nodeUsed = process.cpuUsage(nodeCpu);
  const pgUsed = pgCpu ? (await pgCpu.since()).toFixed(1) : 'in process';
  const owner = await database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const counts = await owner.transaction(async (session) => {
    const { rows } = await session.query<Record<string, number>>(
      `select ${TABLES.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(', ')}`,
    );
    return rows[0] as Record<string, number>;
  });
  await owner.close();
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(JSON.stringify(counts));
  console.log(
    `${engine}: ${persons} persons in ${seconds.toFixed(1)} s — ${(persons / seconds).toFixed(0)} persons/s, ` +
      `${rows} rows, ${(rows / seconds).toFixed(0)} rows/s`,
  );
  // CPU time does not depend on what else the machine runs: the comparable figure on a shared machine.
  console.log(`CPU: node ${((nodeUsed.user + nodeUsed.system) / 1e6).toFixed(1)} s, PostgreSQL ${pgUsed} s`);
  await database.close();
} finally {
  opened.stop();
}

// The national dashboard's indicator set, statement by statement: the passes the server computes for every
// table bench/indicators.ts asks it for (apps/server/src/modules/indicators/compile-pass.ts), compiled by the
// server's own builders and run with EXPLAIN (ANALYZE, BUFFERS) as the request role, so the cost of each
// statement shows without the HTTP server, the cache or the six requests in flight around it. A tool, not a test:
//   DATABASE_URL=postgres://postgres@127.0.0.1:38599/lantern_bench npx tsx bench/indicator-queries.ts [--plans] [--own]
// --plans prints the plan of the three slowest; --only=<code> times one indicator's tables; --own times the
// provincial coordinator's own scope instead; --tables times each table's own single statement (the reference
// the passes are tested against, and what the server ran before passes); --timing-off leaves out per-node
// timing, which inflates grouping-heavy statements by 20-40 %.
import {
  type IndicatorDefinition,
  type IndicatorDimension,
  isNationalOnly,
  seededIndicators,
} from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { compileIndicator } from '../apps/server/src/modules/indicators/compile-indicator';
import { compilePass, planPass } from '../apps/server/src/modules/indicators/compile-pass';
import { statementSettings } from '../apps/server/src/modules/indicators/get-indicator-values';
import { subjectSql } from '../apps/server/src/modules/indicators/subject-sql';
import { BENCH_AS_OF } from './support/environment';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:38599/lantern_bench';
const own = process.argv.includes('--own');
const showPlans = process.argv.includes('--plans');
const singleTables = process.argv.includes('--tables');
const timingOff = process.argv.includes('--timing-off');
// --set=jit=off,work_mem=32MB tries transaction-local settings before they go into the server.
const settings = (process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length) ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => pair.split('=') as [string, string]);
// --repeat=3 runs each table that many times and keeps the fastest: the machine is shared and noisy.
const repeat = Number(
  process.argv.find((arg) => arg.startsWith('--repeat='))?.slice('--repeat='.length) ?? 1,
);
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const range = { from: '2021-01-01', to: `${BENCH_AS_OF.slice(0, 4)}-12-31` };

/** The tables of the national set, as bench/indicators.ts lists them from the catalogue. */
function nationalSet(): Array<{ definition: IndicatorDefinition; by: IndicatorDimension[] }> {
  return seededIndicators
    .filter((definition) => subjectSql[definition.block.subject] !== undefined)
    .filter((definition) => !own || !isNationalOnly(definition))
    .filter((definition) => !only || definition.code === only)
    .flatMap((definition) => {
      const dims = definition.dimensions;
      const second = (['sex', 'age_band'] as const).filter((dimension) => dims.includes(dimension));
      if (!dims.includes('province')) return [{ definition, by: [] }];
      if (second.length === 0) return [{ definition, by: ['province'] as IndicatorDimension[] }];
      return second.map((dimension) => ({
        definition,
        by: ['province', dimension] as IndicatorDimension[],
      }));
    });
}

/** A user of the role, with the agency and permissions the server would set for them. */
async function actor(client: pg.PoolClient, role: string) {
  const { rows } = await client.query<{ id: string; agency_id: string; permissions: string[] }>(
    `select u.id, u.agency_id, r.permissions from users u join user_roles ur on ur.user_id = u.id
       join roles r on r.id = ur.role_id where r.code = $1 order by u.id limit 1`,
    [role],
  );
  const row = rows[0];
  if (!row) throw new Error(`no user with the role ${role}`);
  return row;
}

async function main() {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  const dialect = new PgDialect();
  const user = await actor(client, own ? 'provincial_coordinator' : 'programme_analyst');
  // The own scope exactly as access/statistics-scope.ts states it for a provincial coordinator.
  const scope: SQL = own ? sql`(${sql`f.province_code`} = (select lantern_current_province()))` : sql`true`;
  const results: Array<{ name: string; ms: number; plan: string }> = [];
  const statements = new Map<string, SQL>();
  for (const { definition, by } of nationalSet()) {
    const subject = subjectSql[definition.block.subject];
    if (!subject) continue;
    const request = { period: 'quarter' as const, ...range, by, national: !own, scope };
    if (singleTables) {
      const name = `${definition.code}${by.length ? ` by ${by.join(',')}` : ''}`;
      statements.set(name, compileIndicator(definition, subject, request));
      continue;
    }
    const plan = planPass(definition, by, seededIndicators, subject);
    const members = plan.members.map((member) => member.code).join(', ');
    const name = `${plan.histogram ? 'median pass' : 'pass'} by ${plan.event}: ${members}`;
    const view = `${subject.view}_${own ? 'own' : 'national'}`;
    statements.set(name, compilePass(plan, subject, { ...request, view }));
  }
  for (const [name, statement] of statements) {
    const query = dialect.sqlToQuery(statement);
    for (let round = 0; round < repeat; round++) {
      await client.query('begin');
      try {
        await client.query(
          `select set_config('role', 'lantern_app', true), set_config('lantern.actor_id', $1, true),
           set_config('lantern.agency_id', $2, true), set_config('lantern.permissions', $3, true)`,
          [user.id, user.agency_id, user.permissions.join(',')],
        );
        const server = dialect.sqlToQuery(statementSettings);
        await client.query(server.sql, server.params as unknown[]);
        for (const [name, value] of settings)
          await client.query('select set_config($1, $2, true)', [name, value]);
        const started = performance.now();
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers${timingOff ? ', timing off' : ''}) ${query.sql}`,
          query.params as unknown[],
        );
        const wall = performance.now() - started;
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        const execution = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
        const ms = execution ? Number(execution) : wall;
        const previous = results.find((result) => result.name === name);
        if (!previous) results.push({ name, ms, plan });
        else if (ms < previous.ms) Object.assign(previous, { ms, plan });
      } finally {
        await client.query('rollback');
      }
    }
  }
  results.sort((a, b) => b.ms - a.ms);
  for (const result of results) console.log(`${result.ms.toFixed(1).padStart(10)} ms  ${result.name}`);
  const total = results.reduce((sum, result) => sum + result.ms, 0);
  console.log(
    `${total.toFixed(1).padStart(10)} ms  total of ${results.length} ${singleTables ? 'tables' : 'passes'} (${own ? 'own' : 'national'})`,
  );
  if (showPlans) for (const result of results.slice(0, 3)) console.log(`\n== ${result.name}\n${result.plan}`);
  client.release();
  await pool.end();
}

await main();

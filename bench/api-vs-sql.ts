// API vs SQL floors: each main path through the whole server (session, CSRF, access policy, RLS context,
// decryption, audit) under autocannon; the replay floor — the same statements, captured from that server, from
// bare `pg` clients (what our design costs in the database); and the ideal floor — the one statement a
// hand-written server would send for the same answer (what the database itself costs).
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { createApp } from '../apps/server/src/app';
import { loadMigrations } from '../apps/server/src/db/migrations';
import { createLogger } from '../apps/server/src/lib/logger';
import type { BenchEnvironment } from './support/environment';
import { type IdealRequest, idealRead, idealWrite } from './support/ideal-floor';
import { caseListStatement, casePageStatement, type IdealActor } from './support/ideal-reads';
import { type ApiRequest, type LoadResult, loadApi, loadClients, loadSql } from './support/load';
import { registerCaseBodies, screeningBodies } from './support/request-bodies';
import type { Window } from './support/sealer-lag';
import { type BenchSession, sessionHeaders, signIn } from './support/sessions';
import { type TracedStatement, traceStatements } from './support/sql-trace';

export interface PathResult {
  path: string;
  kind: 'read' | 'write';
  statements: number;
  /** The ideal floor's one statement, and whether it answered the rows the API answered. */
  ideal?: { describe: string; check: string };
  runs: Array<{
    connections: number;
    api: LoadResult;
    sql?: LoadResult;
    /** API ÷ replay floor, throughput. */
    throughputRatio?: number;
    ideal?: LoadResult;
    /** API ÷ ideal floor, throughput. */
    idealRatio?: number;
  }>;
}

export interface BenchPath {
  name: string;
  kind: 'read' | 'write';
  request: ApiRequest;
  /** A read's ideal statement; a write's comes from its trace. */
  idealRead?: (actor: IdealActor) => { text: string; values: unknown[] };
  /** The ids the API answered, to check the ideal answers the same rows. */
  answerIds?: (body: unknown) => string[];
}

export interface BenchPaths {
  paths: BenchPath[];
  /** The bench users' permissions (they all hold one role), for the ideal floor's context. */
  permissions: string[];
}

export async function benchPaths(env: BenchEnvironment): Promise<BenchPaths> {
  const owner = await env.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const { caseId, permissions } = await owner.transaction(async (session) => {
    const { rows } = await session.query<{ id: string }>(
      "select id from cases where owner_agency_id = $1 and state = 'receiving_support' order by received_on desc limit 1",
      [env.agencyId],
    );
    const role = await session.query<{ permissions: string[] }>(
      "select permissions from roles where code = 'case_worker'",
    );
    return { caseId: rows[0]?.id as string, permissions: role.rows[0]?.permissions ?? [] };
  });
  await owner.close();
  const paths: BenchPath[] = [
    {
      name: 'case list (state filter, 50 rows, names)',
      kind: 'read',
      request: { method: 'GET', path: '/api/cases?state=receiving_support&limit=50' },
      idealRead: (actor) => caseListStatement(actor, 'receiving_support', 50),
      answerIds: (body) => ((body as { items: Array<{ id: string }> }).items ?? []).map((item) => item.id),
    },
    {
      name: 'case page (with identity)',
      kind: 'read',
      request: { method: 'GET', path: `/api/cases/${caseId}` },
      idealRead: (actor) => casePageStatement(actor, caseId),
      answerIds: (body) => [(body as { id: string }).id],
    },
    {
      name: 'register case',
      kind: 'write',
      request: { method: 'POST', path: '/api/cases', body: registerCaseBodies() },
    },
    {
      name: 'screening submit',
      kind: 'write',
      request: { method: 'POST', path: '/api/screenings', body: screeningBodies() },
    },
  ];
  return { paths, permissions };
}

/** One request of each path through an in-process server, traced; the third one, when caches are warm. */
export async function captureTraces(
  env: BenchEnvironment,
  paths: readonly BenchPath[],
  template: { id: string; username: string },
): Promise<Captured> {
  const app = createApp({
    database: env.database,
    logger: createLogger('silent'),
    migrations: loadMigrations(),
    keys: env.keys,
  });
  const fetchAt = (path: string, init: RequestInit) => Promise.resolve(app.request(path, init));
  const session = await signIn(fetchAt, template);
  const traces: TracedStatement[][] = [];
  for (const { request } of paths) {
    const send = async () => {
      const response = await app.request(request.path, {
        method: request.method,
        headers: sessionHeaders(session),
        ...(request.body ? { body: request.body() } : {}),
      });
      if (response.status >= 300)
        throw new Error(
          `${request.method} ${request.path} answered ${response.status}: ${await response.text()}`,
        );
      await response.arrayBuffer();
    };
    await send();
    await send();
    traces.push(await traceStatements(send));
  }
  // For reading what a floor replays: LANTERN_BENCH_TRACES=file.json.
  if (process.env.LANTERN_BENCH_TRACES)
    writeFileSync(process.env.LANTERN_BENCH_TRACES, JSON.stringify({ template, traces }, null, 1));
  return { traces, session };
}

export interface Captured {
  traces: TracedStatement[][];
  session: BenchSession;
}

/** The path's ideal floor, checked once: it must answer the rows the API answered for the same user. */
async function prepareIdeal(
  options: ApiVsSqlOptions,
  path: BenchPath,
  trace: readonly TracedStatement[] | undefined,
): Promise<{ request: IdealRequest; check: string } | undefined> {
  const { captured, loginUrl, sessions } = options;
  if (!loginUrl || !captured) return undefined;
  const actorOf = (session: BenchSession): IdealActor => ({
    userId: session.userId,
    agencyId: options.agencyId,
  });
  const request = path.idealRead
    ? idealRead(path.idealRead, options.permissions, 'one statement: the answer, its total, the audit event')
    : trace
      ? idealWrite(trace, actorOf(captured.session), options.permissions)
      : undefined;
  if (!request) return undefined;
  const first = sessions[0] as BenchSession;
  const client = new pg.Client({ connectionString: loginUrl });
  await client.connect();
  try {
    const rows = await request.run(client, actorOf(first));
    if (!path.answerIds) return { request, check: 'writes: ran once' };
    const response = await fetch(`${options.url}${path.request.path}`, { headers: sessionHeaders(first) });
    const apiIds = path.answerIds(await response.json());
    const idealIds = rows.slice(0, apiIds.length || 1).map((row) => String(row.id));
    const same = apiIds.length > 0 && apiIds.join() === idealIds.join();
    return { request, check: same ? `same ${apiIds.length} row(s)` : 'DIFFERENT rows' };
  } finally {
    await client.end();
  }
}

interface ApiVsSqlOptions {
  url: string;
  loginUrl?: string;
  label: string;
  paths: BenchPath[];
  captured?: Captured;
  sessions: readonly BenchSession[];
  agencyId: string;
  permissions: string[];
  connections: number[];
  seconds: number;
  /** Collects the time windows of the API runs at the highest concurrency (for the sealer's lag). */
  busiest?: Window[];
}

const ratio = (api: LoadResult, floor: LoadResult) =>
  Math.round((api.throughput / Math.max(1, floor.throughput)) * 100) / 100;

export async function runApiVsSql(options: ApiVsSqlOptions): Promise<PathResult[]> {
  const { captured, sessions } = options;
  const sessionOf = (c: number) => sessions[c % sessions.length] as BenchSession;
  const results: PathResult[] = [];
  for (const [p, path] of options.paths.entries()) {
    const trace = captured?.traces[p];
    const result: PathResult = { path: path.name, kind: path.kind, statements: trace?.length ?? 0, runs: [] };
    const ideal = await prepareIdeal(options, path, trace).catch((error: Error) => {
      process.stderr.write(`${options.label} · ${path.name} · ideal floor failed: ${error.message}\n`);
      return undefined;
    });
    if (ideal) result.ideal = { describe: ideal.request.describe, check: ideal.check };
    for (const connections of options.connections) {
      const from = new Date();
      const api = await loadApi({
        url: options.url,
        connections,
        seconds: options.seconds,
        request: path.request,
        headersFor: (c) => sessionHeaders(sessionOf(c)),
      });
      if (connections === Math.max(...options.connections)) options.busiest?.push({ from, to: new Date() });
      const run: PathResult['runs'][number] = { connections, api };
      if (trace && captured && options.loginUrl) {
        run.sql = await loadSql({
          url: options.loginUrl,
          connections,
          seconds: options.seconds,
          trace,
          initialFor: (c) => new Map([[captured.session.tokenHash, sessionOf(c).tokenHash]]),
        });
        run.throughputRatio = ratio(api, run.sql);
      }
      if (ideal && options.loginUrl) {
        run.ideal = await loadClients({
          url: options.loginUrl,
          connections,
          seconds: options.seconds,
          request: async (client, c) => {
            await ideal.request.run(client, { userId: sessionOf(c).userId, agencyId: options.agencyId });
          },
        });
        run.idealRatio = ratio(api, run.ideal);
      }
      process.stderr.write(
        `${options.label} · ${path.name} · ${connections} conn: API ${api.throughput}/s p95 ${api.p95} ms` +
          (run.sql
            ? ` · replay ${run.sql.throughput}/s p95 ${run.sql.p95} ms (÷ ${run.throughputRatio})`
            : '') +
          (run.ideal
            ? ` · ideal ${run.ideal.throughput}/s p95 ${run.ideal.p95} ms (÷ ${run.idealRatio})`
            : '') +
          (api.errors ? ` · ${api.errors} API errors` : '') +
          '\n',
      );
      result.runs.push(run);
    }
    results.push(result);
  }
  return results;
}

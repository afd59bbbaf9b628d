// API vs SQL floors: each main path through the whole server (session, CSRF, access policy, RLS context,
// decryption, audit) under autocannon; the replay floor — the same statements, captured from that server, from
// bare `pg` clients (what our design costs in the database); and the ideal floor — the one statement a
// hand-written server would send for the same answer (what the database itself costs).
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { createApp } from '../apps/server/src/app';
import { loadMigrations } from '../apps/server/src/db/migrations';
import { createLogger } from '../apps/server/src/lib/logger';
import type { BenchPath, BenchUsers } from './bench-paths';
import type { BenchEnvironment } from './support/environment';
import { type IdealRequest, idealRead, idealWrite } from './support/ideal-floor';
import type { IdealActor } from './support/ideal-reads';
import { type LoadResult, loadApi, loadClients, loadSql, rotation } from './support/load';
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

/** One request of each path through an in-process server, traced; the third one, when caches are warm. */
export async function captureTraces(
  env: BenchEnvironment,
  paths: readonly BenchPath[],
  templates: Record<BenchUsers, { id: string; username: string }>,
): Promise<Captured> {
  const app = createApp({
    database: env.database,
    logger: createLogger('silent'),
    migrations: loadMigrations(),
    keys: env.keys,
  });
  const fetchAt = (path: string, init: RequestInit) => Promise.resolve(app.request(path, init));
  const signedIn = {
    caseworkers: await signIn(fetchAt, templates.caseworkers),
    inbox: await signIn(fetchAt, templates.inbox),
  };
  const traces: TracedStatement[][] = [];
  for (const { request, users } of paths) {
    const send = async () => {
      const post = () =>
        app.request(request.path, {
          method: request.method,
          headers: sessionHeaders(signedIn[users]),
          ...(request.body ? { body: request.body() } : {}),
        });
      let response = await post();
      // On a kept cluster a generated person may already be registered (a probable duplicate): take the next.
      for (let again = 0; response.status === 409 && request.body && again < 5; again++)
        response = await post();
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
    writeFileSync(process.env.LANTERN_BENCH_TRACES, JSON.stringify({ templates, traces }, null, 1));
  return { traces, sessions: paths.map((path) => signedIn[path.users]) };
}

export interface Captured {
  traces: TracedStatement[][];
  /** The session each path's traced request was sent in. */
  sessions: BenchSession[];
}

/** The path's ideal floor, checked once: it must answer the rows the API answered for the same user. */
async function prepareIdeal(
  options: ApiVsSqlOptions,
  path: BenchPath,
  traced: { trace: readonly TracedStatement[]; session: BenchSession } | undefined,
): Promise<{ request: IdealRequest; check: string } | undefined> {
  const { loginUrl } = options;
  if (!loginUrl || !traced) return undefined;
  const actorOf = (session: BenchSession): IdealActor => ({
    userId: session.userId,
    agencyId: options.agencyOf(session),
  });
  const request = path.idealRead
    ? idealRead(
        path.idealRead,
        options.permissions,
        path.idealDescribe ?? 'one statement: the answer, its total, the audit event',
      )
    : idealWrite(traced.trace, actorOf(traced.session), options.permissions);
  const first = options.sessions[path.users][0] as BenchSession;
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
  /** Signed-in users by group; each connection of a path's load is another user of its group. */
  sessions: Record<BenchUsers, readonly BenchSession[]>;
  agencyOf: (session: BenchSession) => string;
  permissions: string[];
  connections: number[];
  seconds: number;
  /** Collects the time windows of the API runs at the highest concurrency (for the sealer's lag). */
  busiest?: Window[];
}

const ratio = (api: LoadResult, floor: LoadResult) =>
  Math.round((api.throughput / Math.max(1, floor.throughput)) * 100) / 100;

export async function runApiVsSql(options: ApiVsSqlOptions): Promise<PathResult[]> {
  const { captured } = options;
  const results: PathResult[] = [];
  for (const [p, path] of options.paths.entries()) {
    const sessions = options.sessions[path.users];
    const sessionOf = (c: number) => sessions[c % sessions.length] as BenchSession;
    const trace = captured?.traces[p];
    const tracedIn = captured?.sessions[p] as BenchSession;
    const result: PathResult = { path: path.name, kind: path.kind, statements: trace?.length ?? 0, runs: [] };
    const traced = trace ? { trace, session: tracedIn } : undefined;
    const ideal = await prepareIdeal(options, path, traced).catch((error: Error) => {
      process.stderr.write(`${options.label} · ${path.name} · ideal floor failed: ${error.message}\n`);
      return undefined;
    });
    if (ideal) result.ideal = { describe: ideal.request.describe, check: ideal.check };
    for (const connections of options.connections) {
      const nextSwap = rotation(path.request.rotate);
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
          initialFor: (c) => new Map([...nextSwap(), [tracedIn.tokenHash, sessionOf(c).tokenHash]]),
        });
        run.throughputRatio = ratio(api, run.sql);
      }
      if (ideal && options.loginUrl) {
        run.ideal = await loadClients({
          url: options.loginUrl,
          connections,
          seconds: options.seconds,
          request: async (client, c) => {
            const session = sessionOf(c);
            const actor = { userId: session.userId, agencyId: options.agencyOf(session) };
            await ideal.request.run(client, actor, nextSwap());
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

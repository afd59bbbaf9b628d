// API vs SQL floor: each main path through the whole server (session, CSRF, access policy, RLS context,
// decryption, audit) under autocannon, and the same statements — captured from that server, context settings
// and audit event included — from bare `pg` clients. The ratio shows what the application layer costs.
import { createApp } from '../apps/server/src/app';
import { loadMigrations } from '../apps/server/src/db/migrations';
import { createLogger } from '../apps/server/src/lib/logger';
import type { BenchEnvironment } from './support/environment';
import { type ApiRequest, type LoadResult, loadApi, loadSql } from './support/load';
import { registerCaseBodies, screeningBodies } from './support/request-bodies';
import { type BenchSession, sessionHeaders, signIn } from './support/sessions';
import { type TracedStatement, traceStatements } from './support/sql-trace';

export interface PathResult {
  path: string;
  kind: 'read' | 'write';
  statements: number;
  runs: Array<{ connections: number; api: LoadResult; sql?: LoadResult; throughputRatio?: number }>;
}

export interface BenchPath {
  name: string;
  kind: 'read' | 'write';
  request: ApiRequest;
}

export async function benchPaths(env: BenchEnvironment): Promise<BenchPath[]> {
  const owner = await env.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const caseId = await owner.transaction(async (session) => {
    const { rows } = await session.query<{ id: string }>(
      "select id from cases where owner_agency_id = $1 and state = 'receiving_support' order by received_on desc limit 1",
      [env.agencyId],
    );
    return rows[0]?.id as string;
  });
  await owner.close();
  return [
    {
      name: 'case list (state filter, 50 rows, names)',
      kind: 'read',
      request: { method: 'GET', path: '/api/cases?state=receiving_support&limit=50' },
    },
    {
      name: 'case page (with identity)',
      kind: 'read',
      request: { method: 'GET', path: `/api/cases/${caseId}` },
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
  return { traces, session };
}

export interface Captured {
  traces: TracedStatement[][];
  session: BenchSession;
}

export async function runApiVsSql(options: {
  url: string;
  loginUrl?: string;
  label: string;
  paths: BenchPath[];
  captured?: Captured;
  sessions: readonly BenchSession[];
  connections: number[];
  seconds: number;
}): Promise<PathResult[]> {
  const { captured, sessions } = options;
  const results: PathResult[] = [];
  for (const [p, path] of options.paths.entries()) {
    const trace = captured?.traces[p];
    const result: PathResult = { path: path.name, kind: path.kind, statements: trace?.length ?? 0, runs: [] };
    for (const connections of options.connections) {
      const api = await loadApi({
        url: options.url,
        connections,
        seconds: options.seconds,
        request: path.request,
        headersFor: (c) => sessionHeaders(sessions[c % sessions.length] as BenchSession),
      });
      const run: PathResult['runs'][number] = { connections, api };
      if (trace && captured && options.loginUrl) {
        run.sql = await loadSql({
          url: options.loginUrl,
          connections,
          seconds: options.seconds,
          trace,
          initialFor: (c) =>
            new Map([
              [captured.session.tokenHash, (sessions[c % sessions.length] as BenchSession).tokenHash],
            ]),
        });
        run.throughputRatio = Math.round((api.throughput / Math.max(1, run.sql.throughput)) * 100) / 100;
      }
      process.stderr.write(
        `${options.label} · ${path.name} · ${connections} conn: API ${api.throughput}/s p95 ${api.p95} ms` +
          (run.sql
            ? ` · SQL ${run.sql.throughput}/s p95 ${run.sql.p95} ms · ratio ${run.throughputRatio}`
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

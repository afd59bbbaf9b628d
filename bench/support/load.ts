// Closed-loop load: N concurrent clients, each sending its next request as soon as the last one answered,
// for a fixed time. The API side uses autocannon; the SQL floor uses bare `pg` clients replaying the trace.
import autocannon from 'autocannon';
import pg from 'pg';
import { replayTrace, type TracedStatement } from './sql-trace';

export interface LoadResult {
  connections: number;
  requests: number;
  errors: number;
  /** Non-2xx answers by status (e.g. 409: the register form's probable-duplicate stop). */
  statuses?: Record<string, number>;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summarise(
  connections: number,
  latencies: number[],
  errors: number,
  seconds: number,
): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    connections,
    requests: sorted.length,
    errors,
    throughput: round(sorted.length / seconds),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
  };
}

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  /** A new body for each request (writes); absent for reads. */
  body?: () => string;
  /**
   * Values the requests take in turn (the cases a referral is sent from), so that a write does not pile onto one
   * row: the path names the first, each request the next. The floors swap the first for the same next one.
   */
  rotate?: readonly string[];
}

/** Each call answers the swap of the next request: the rotation's first value for its next value. */
export function rotation(values: readonly string[] | undefined): () => ReadonlyMap<string, string> {
  let turn = 0;
  return () => {
    const first = values?.[0];
    if (values === undefined || first === undefined) return new Map();
    const next = values[turn++ % values.length] as string;
    return new Map([[first, next]]);
  };
}

/** Drives the server with autocannon; each connection is a different signed-in user. */
export async function loadApi(options: {
  url: string;
  connections: number;
  seconds: number;
  request: ApiRequest;
  headersFor: (connection: number) => Record<string, string>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let connection = 0;
  const statuses: Record<string, number> = {};
  const nextSwap = rotation(options.request.rotate);
  const rotated = (path: string) => {
    for (const [first, next] of nextSwap()) return path.replaceAll(first, next);
    return path;
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        setupClient: (client) => {
          client.setHeaders(options.headersFor(connection++));
        },
        requests: [
          {
            method: options.request.method,
            path: options.request.path,
            ...(options.request.body || options.request.rotate
              ? {
                  setupRequest: (request) => ({
                    ...request,
                    path: rotated(options.request.path),
                    ...(options.request.body ? { body: options.request.body() } : {}),
                  }),
                }
              : {}),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else {
        errors += 1;
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      }
    });
  });
  errors += result.errors + result.timeouts;
  return { ...summarise(options.connections, latencies, errors, options.seconds), statuses };
}

/** A floor: bare `pg` clients, one connection per simulated client, each running `request` in a closed loop. */
export async function loadClients(options: {
  url: string;
  connections: number;
  seconds: number;
  request: (client: pg.Client, connection: number) => Promise<void>;
}): Promise<LoadResult> {
  const clients = await Promise.all(
    Array.from({ length: options.connections }, async () => {
      const client = new pg.Client({ connectionString: options.url });
      await client.connect();
      return client;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + options.seconds * 1000;
  await Promise.all(
    clients.map(async (client, connection) => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await options.request(client, connection);
          latencies.push(performance.now() - started);
        } catch (error) {
          errors += 1;
          if (errors <= 3) process.stderr.write(`floor error: ${(error as Error).message}\n`);
          await client.query('rollback').catch(() => {});
        }
      }
    }),
  );
  await Promise.all(clients.map((client) => client.end()));
  return summarise(options.connections, latencies, errors, options.seconds);
}

/** The replay floor: the statements the server sent for one such request, from bare clients. */
export function loadSql(options: {
  url: string;
  connections: number;
  seconds: number;
  trace: readonly TracedStatement[];
  initialFor: (connection: number) => ReadonlyMap<string, string>;
}): Promise<LoadResult> {
  return loadClients({
    ...options,
    request: (client, connection) => replayTrace(client, options.trace, options.initialFor(connection)),
  });
}

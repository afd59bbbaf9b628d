// The SQL floor's raw material: the exact statements one API request sends to PostgreSQL (transaction
// control, the per-transaction context settings, the queries, the audit event), with their parameters and
// the rows they returned, and a replay of them on a bare `pg` client with values flowing as in the app.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface TracedStatement {
  text: string;
  values: unknown[];
  rows: unknown[][];
  /** How the application asked for rows: as arrays (Drizzle's selects) or as objects, whose same-named
   * columns (`set_config`, twice) collapse into one — the replay asks the same way, so places line up. */
  arrays: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_INSIDE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A generated id inside a longer value (the case's placeholder code, 'pending-' and its id) follows its id. */
export function withCarriedIds(value: string, carried: ReadonlyMap<string, string>): string {
  return value.replace(UUID_INSIDE, (id) => carried.get(id) ?? id);
}

function asArrays(rows: unknown[]): unknown[][] {
  return rows.map((row) => (Array.isArray(row) ? row : Object.values(row as object)));
}

/** Records every statement node-postgres sends while `work` runs (this process only). */
export async function traceStatements(work: () => Promise<void>): Promise<TracedStatement[]> {
  const trace: TracedStatement[] = [];
  const original = pg.Client.prototype.query;
  type QueryConfig = string | { text: string; values?: unknown[]; rowMode?: string };
  const patched = pg.Client.prototype as unknown as {
    query: (this: pg.Client, config: QueryConfig, values?: unknown, callback?: unknown) => unknown;
  };
  const call = original as unknown as (this: pg.Client, ...args: unknown[]) => unknown;
  patched.query = function traced(
    this: pg.Client,
    config: QueryConfig,
    values?: unknown,
    callback?: unknown,
  ) {
    const text = typeof config === 'string' ? config : config.text;
    const params = (typeof config === 'string' ? values : (config.values ?? values)) ?? [];
    const entry: TracedStatement = {
      text,
      values: Array.isArray(params) ? [...params] : [],
      rows: [],
      arrays: typeof config !== 'string' && config.rowMode === 'array',
    };
    trace.push(entry);
    const result = call.call(this, config, values, callback) as Promise<pg.QueryResult> | undefined;
    if (result && typeof result.then === 'function')
      result.then(
        (r: pg.QueryResult) => {
          entry.rows = asArrays(r?.rows ?? []);
        },
        () => {},
      );
    return result;
  };
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return trace;
}

/**
 * Replays a trace once on `client`. Values the request generated (ids first seen in an INSERT) are fresh
 * each time; values the database returned earlier (the session's user, the audit chain head, the next case
 * code) are carried into later statements as the application would carry them.
 */
export async function replayTrace(
  client: pg.Client,
  trace: readonly TracedStatement[],
  initial: ReadonlyMap<string, string>,
): Promise<void> {
  const carried = new Map(initial);
  const numbers = new Map<number, number>();
  const seen = new Set<string>();
  for (const statement of trace) {
    // The audit append is `with appended as (insert …) insert …`.
    const insert = /^\s*(with\s[\s\S]*\)\s*)?insert\s/i.test(statement.text);
    const values = statement.values.map((value) => {
      if (typeof value === 'number') {
        const next = numbers.get(value);
        return next === undefined ? value : next;
      }
      if (typeof value !== 'string') return value;
      const next = carried.get(value);
      if (next !== undefined) return next;
      if (insert && UUID.test(value) && !seen.has(value)) {
        const fresh = randomUUID();
        carried.set(value, fresh);
        return fresh;
      }
      seen.add(value);
      return UUID.test(value) ? value : withCarriedIds(value, carried);
    });
    const result = statement.arrays
      ? await client.query({ text: statement.text, values, rowMode: 'array' })
      : await client.query({ text: statement.text, values });
    const answered = asArrays(result.rows);
    // Ids the database listed (the users a notification goes to) were read, not generated: later inserts keep them.
    for (const row of statement.rows)
      for (const value of row)
        for (const [old] of leafPairs(value, value))
          if (old !== null && typeof old !== 'object') seen.add(String(old));
    // Only a single-row answer is a value the application carries on (the session, the chain head, the next
    // code); a list (match candidates, a page of cases) is data, and its rows differ from run to run.
    if (statement.rows.length !== 1 || answered.length !== 1) continue;
    for (const [r, row] of statement.rows.entries()) {
      for (const [c, oldValue] of row.entries()) {
        const nowValue = answered[r]?.[c];
        // A JSON answer (the session the context function opened) carries its fields: the user, the agency.
        for (const [old, now] of leafPairs(oldValue, nowValue)) {
          if (old === null || now === undefined || typeof old === 'object') continue;
          seen.add(String(old));
          if (String(old) === String(now)) continue;
          carried.set(String(old), String(now));
          // The audit chain head is read, and the next event takes its number plus one.
          if (/audit_chain_head/.test(statement.text) && /^\d+$/.test(String(old)))
            numbers.set(Number(old) + 1, Number(now) + 1);
        }
      }
    }
  }
}

/** Scalar values at the same places in two answers (the values themselves when they are not objects). */
export function leafPairs(old: unknown, now: unknown): Array<[unknown, unknown]> {
  if (old === null || typeof old !== 'object' || now === null || typeof now !== 'object') return [[old, now]];
  if (old instanceof Date) return [[old, now]];
  return Object.entries(old as Record<string, unknown>).flatMap(([key, value]) =>
    leafPairs(value, (now as Record<string, unknown>)[key]),
  );
}

import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from './query-rows';
import type { Tx } from './types';

/**
 * One rate limit, counted in `rate_limit_hits` inside the request's own transaction, so it holds across
 * restarts and across API instances serving one database. A row is locked only while its own key's request
 * runs: one user's (or one account name's) concurrent requests queue behind each other, nobody else's do.
 */
export interface RateLimit {
  /** The row's name for this limit; stable, it is stored. */
  scope: string;
  /** Hits allowed in one window. */
  limit: number;
  windowSeconds: number;
  /**
   * 'fixed': the window runs from its first hit, then the count starts again.
   * 'quiet': every hit extends it; the count is forgotten after windowSeconds without a hit.
   */
  window: 'fixed' | 'quiet';
}

/** Lapsed rows removed by each transaction that counted a hit: rows of keys never seen again cannot pile up. */
const CLEANUP_BATCH = 10;
/** Transactions that counted a hit; they sweep lapsed rows as their last statement. */
const counting = new WeakSet<Tx>();

const windowOf = (limit: RateLimit): SQL => sql`make_interval(secs => ${limit.windowSeconds})`;

/** Counts one hit for `key` and answers the hits in its window, this one included. */
export async function countHit(tx: Tx, limit: RateLimit, key: string): Promise<number> {
  const extend = limit.window === 'quiet' ? sql`true` : sql`false`;
  const [row] = await queryRows<{ hits: number }>(
    tx,
    sql`insert into rate_limit_hits as h (scope, key, hits, last_hit_at, expires_at)
        values (${limit.scope}, ${key}, 1, now(), now() + ${windowOf(limit)})
        on conflict (scope, key) do update set
          hits = case when h.expires_at <= now() then 1 else h.hits + 1 end,
          last_hit_at = now(),
          expires_at = case when h.expires_at <= now() or ${extend}
                            then now() + ${windowOf(limit)} else h.expires_at end
        returning hits`,
  );
  counting.add(tx);
  return row?.hits ?? 0;
}

/** Counts one hit; true while the window still allows it. */
export async function takeHit(tx: Tx, limit: RateLimit, key: string): Promise<boolean> {
  return (await countHit(tx, limit, key)) <= limit.limit;
}

/**
 * True when the key's window is used up: its next hit would be refused. Counts nothing, but holds the key's
 * row until the transaction ends, so that requests sent side by side cannot all see the last free hit.
 * (A key without a row gets a lapsed placeholder to hold; a later countHit starts its window as usual.)
 */
export async function isUsedUp(tx: Tx, limit: RateLimit, key: string): Promise<boolean> {
  const [row] = await queryRows<{ hits: number }>(
    tx,
    sql`insert into rate_limit_hits as h (scope, key, hits, last_hit_at, expires_at)
        values (${limit.scope}, ${key}, 0, now(), now())
        on conflict (scope, key) do update set hits = h.hits
        returning case when h.expires_at > now() then h.hits else 0 end as hits`,
  );
  return (row?.hits ?? 0) >= limit.limit;
}

/** The key's live window: its hits and the seconds since the last one; none once it lapsed. */
export async function liveWindow(
  tx: Tx,
  limit: RateLimit,
  key: string,
): Promise<{ hits: number; secondsSinceLastHit: number } | undefined> {
  const [row] = await queryRows<{ hits: number; secondsSinceLastHit: number }>(
    tx,
    sql`select hits, extract(epoch from now() - last_hit_at)::float8 as "secondsSinceLastHit"
        from rate_limit_hits where scope = ${limit.scope} and key = ${key} and expires_at > now()`,
  );
  return row;
}

/** Forgets the key's hits (a success that ends a run of failures). */
export async function forgetHits(tx: Tx, limit: RateLimit, key: string): Promise<void> {
  await tx.execute(sql`delete from rate_limit_hits where scope = ${limit.scope} and key = ${key}`);
}

/**
 * Deletes a few lapsed rows when the transaction counted a hit. Called as the transaction's last statement
 * (db/request-transaction.ts): it skips rows others hold, so it never waits, and nothing after it waits while
 * it holds the rows it took — no deadlock can form around them.
 */
export async function sweepLapsedHits(tx: Tx): Promise<void> {
  if (!counting.has(tx)) return;
  await tx.execute(sql`
    delete from rate_limit_hits where (scope, key) in (
      select scope, key from rate_limit_hits where expires_at < now()
      limit ${CLEANUP_BATCH} for update skip locked)`);
}

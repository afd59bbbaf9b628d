import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import type { IndicatorPass } from './compile-pass';

export interface CachePolicy {
  maxEntries: number;
  /** An entry is current while the counter stands still and it is younger than this (today's date matters). */
  maxAgeMs: number;
  /**
   * A table whose computation took at least this long is answered from its last computation when it is no
   * longer current, while a new one runs in the background; cheaper tables are always computed again.
   */
  slowMs: number;
  /** The oldest figures a slow table is ever answered with: past this, the reader waits for new ones. */
  maxStaleMs: number;
  /** Background computations running at once; the others wait. */
  maxRefreshing: number;
}

export const defaultCachePolicy: CachePolicy = {
  maxEntries: 500,
  maxAgeMs: 5 * 60_000,
  slowMs: 1_000,
  maxStaleMs: 15 * 60_000,
  maxRefreshing: 1,
};

/** A computed value (a table, or a pass's cells) and the counter value it was computed at. */
export interface Computation<Value> {
  stamp: string;
  value: Value;
}

export interface CacheRead<Value> {
  value: Value;
  /** The value is older than the data: the caller should start `refresh` once its own transaction ends. */
  stale: boolean;
}

interface Entry<Value> extends Computation<Value> {
  /** When its computation began: the figures are as of then, so its age (and the staleness bound) counts from it. */
  startedAt: number;
  computeMs: number;
}

/**
 * Indicator tables, kept while nothing they read has changed (migration 0040: every write to a table the fact
 * views read moves the `statistics_changes` counter). The caller's key says who may share an entry: a national
 * table is the same for every aggregate reader — suppressed, with no record in it — so one computation serves
 * them all; an own table is kept for its one reader.
 *
 * Two things the counter cannot see bound an entry's life to `maxAgeMs`: time itself (overdue referrals and due
 * visits depend on today's date), and a change whose transaction moved the counter before the table was computed
 * but committed after (its rows were not yet visible). Either shows at the latest `maxAgeMs` later.
 *
 * In a busy country the counter moves every few seconds, so an exact cache alone would send every analyst
 * through a computation of many seconds. A slow table (`slowMs`) is therefore answered from its last
 * computation, as of `computedAt`, while one background computation per table brings it up to date — the
 * way analytics tables are published in DHIS2 — but never with figures older than `maxStaleMs`.
 */
export class IndicatorTableCache<Value> {
  private readonly entries = new Map<string, Entry<Value>>();
  /** Computations under way for a reader, by key: a second reader of the same figures waits for them. */
  private readonly computing = new Map<string, { stamp: string; done: Promise<Value> }>();
  private readonly refreshing = new Map<string, Promise<void>>();
  private readonly waiting: Array<() => Promise<void>> = [];
  private running = 0;
  private policy: CachePolicy;
  private reportFailure: (error: unknown) => void = () => {};

  constructor(
    policy: Partial<CachePolicy> = {},
    private readonly now: () => number = Date.now,
    private readonly readStamp: (tx: Tx) => Promise<string> = statisticsStamp,
  ) {
    this.policy = { ...defaultCachePolicy, ...policy };
  }

  /** Changes the policy (tests make every table "slow"); returns the one it replaced. */
  configure(policy: Partial<CachePolicy>): CachePolicy {
    const previous = this.policy;
    this.policy = { ...previous, ...policy };
    return previous;
  }

  /** Where a failed background computation is told (the server's log); readers never see it. */
  reportFailuresTo(report: (error: unknown) => void): void {
    this.reportFailure = report;
  }

  /**
   * The value for `key`: the cached one while current (or stale but usable), otherwise computed now — or, when
   * another reader is already computing it at the same counter value, theirs (a dashboard asks several tables
   * of one pass at once).
   */
  async read(tx: Tx, key: string, compute: () => Promise<Value>): Promise<CacheRead<Value>> {
    const stamp = await this.readStamp(tx);
    const cached = this.entries.get(key);
    const age = cached ? this.now() - cached.startedAt : Number.POSITIVE_INFINITY;
    if (cached && cached.stamp === stamp && age < this.policy.maxAgeMs) {
      this.touch(key, cached);
      return { value: cached.value, stale: false };
    }
    if (cached && cached.computeMs >= this.policy.slowMs && age < this.policy.maxStaleMs) {
      this.touch(key, cached);
      return { value: cached.value, stale: true };
    }
    const pending = this.computing.get(key);
    if (pending && pending.stamp === stamp) return { value: await pending.done, stale: false };
    const started = this.now();
    const done = compute();
    this.computing.set(key, { stamp, done });
    try {
      const value = await done;
      const current = this.entries.get(key);
      if (!current || current.startedAt <= started) this.store(key, { stamp, value }, started);
      return { value, stale: false };
    } finally {
      if (this.computing.get(key)?.done === done) this.computing.delete(key);
    }
  }

  /**
   * Computes `key` again in the background unless that is already under way or waiting; `compute` opens its own
   * transaction and reads the counter in it before computing. At most `maxRefreshing` run at once, the rest wait
   * their turn, so a dashboard of forty stale tables never takes every connection from the field. A failure
   * leaves the stale entry, which the next reader refreshes again, and which ages out after `maxStaleMs` (that
   * reader then computes it and sees the error). The failure goes to `reportFailuresTo`, for whoever runs the
   * server to see.
   */
  refresh(key: string, compute: () => Promise<Computation<Value>>): Promise<void> {
    const pending = this.refreshing.get(key);
    if (pending) return pending;
    const done = new Promise<void>((resolve) => {
      this.waiting.push(async () => {
        const started = this.now();
        try {
          const computation = await compute();
          // A reader who computed the table meanwhile may have stored newer figures.
          const current = this.entries.get(key);
          if (!current || current.startedAt <= started) this.store(key, computation, started);
        } catch (error) {
          // Left stale; see above.
          try {
            this.reportFailure(error);
          } catch {
            // A failing report must not leave the refresh pending.
          }
        } finally {
          this.refreshing.delete(key);
          resolve();
        }
      });
    });
    this.refreshing.set(key, done);
    this.startWaiting();
    return done;
  }

  private startWaiting() {
    while (this.running < this.policy.maxRefreshing) {
      const next = this.waiting.shift();
      if (!next) return;
      this.running += 1;
      void next().finally(() => {
        this.running -= 1;
        this.startWaiting();
      });
    }
  }

  private touch(key: string, entry: Entry<Value>) {
    // Most recently used last, so the oldest entry is the first to go when the cache is full.
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private store(key: string, computation: Computation<Value>, startedAt: number) {
    this.touch(key, { ...computation, startedAt, computeMs: this.now() - startedAt });
    if (this.entries.size > this.policy.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

export async function statisticsStamp(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ stamp: string }>(
    tx,
    sql`select last_value::text || ':' || is_called::text as stamp from statistics_changes`,
  );
  return row?.stamp ?? '';
}

/** The server's one cache of indicator tables (per process; each database has its own counter values). */
export const indicatorTables = new IndicatorTableCache<IndicatorPass>();

import type { IndicatorTable } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/**
 * National indicator tables, kept while nothing they read has changed (migration 0040: every write to a table
 * the fact views read moves the `statistics_changes` counter). The national table is the same for every
 * aggregate reader — suppressed, with no record in it — so one computation serves them all.
 *
 * Two things the counter cannot see bound an entry's life to `maxAgeMs`: time itself (overdue referrals and due
 * visits depend on today's date), and a change whose transaction moved the counter before the table was computed
 * but committed after (its rows were not yet visible). Either shows at the latest `maxAgeMs` later.
 */
export class NationalTableCache {
  private readonly entries = new Map<string, { stamp: string; storedAt: number; table: IndicatorTable }>();

  constructor(
    private readonly maxEntries = 500,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly readStamp: (tx: Tx) => Promise<string> = statisticsStamp,
  ) {}

  /** The table for `key`, computed by `compute` unless the cached one is still current. */
  async read(tx: Tx, key: string, compute: () => Promise<IndicatorTable>): Promise<IndicatorTable> {
    const stamp = await this.readStamp(tx);
    const cached = this.entries.get(key);
    if (cached && cached.stamp === stamp && this.now() - cached.storedAt < this.maxAgeMs) {
      // Most recently used last, so the oldest entry is the first to go when the cache is full.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.table;
    }
    const table = await compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, storedAt: this.now(), table });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return table;
  }
}

async function statisticsStamp(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ stamp: string }>(
    tx,
    sql`select last_value::text || ':' || is_called::text as stamp from statistics_changes`,
  );
  return row?.stamp ?? '';
}

/** The server's one cache of national tables (per process; each database has its own counter values). */
export const nationalTables = new NationalTableCache();

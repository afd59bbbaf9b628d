import { boundedTotal, LIST_TOTAL_CAP, type ListTotal } from '@lantern/domain';
import { count, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows } from './query-rows';
import type { Tx } from './types';

/**
 * How many rows of `table` match `where` (and row-level security), counting no further than one past the cap:
 * the inner query stops at LIST_TOTAL_CAP + 1 rows, so a list's total costs at most that many index entries
 * however many rows match, instead of a read of all of them on every page.
 */
export async function boundedCount(
  tx: Tx,
  table: PgTable,
  where: SQL | undefined,
): Promise<Pick<ListTotal, 'total' | 'totalIsLowerBound'>> {
  const matching = tx
    .select({ one: sql<number>`1`.as('one') })
    .from(table)
    .where(where)
    .limit(LIST_TOTAL_CAP + 1)
    .as('matching');
  const [row] = await tx.select({ counted: count() }).from(matching);
  return boundedTotal(row?.counted ?? 0);
}

/**
 * A page read with one row more than it shows (`limit + 1`): the extra row says whether another page follows,
 * which the total cannot say once it stopped at the cap.
 */
export function splitPage<Row>(rows: Row[], limit: number): { rows: Row[]; hasMore: boolean } {
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/**
 * One page of a list with its bounded total. `read` runs the list's query for `limit` rows from `offset`;
 * it is asked for one row more than the page shows, so that `hasMore` is known past the cap.
 */
export async function readListPage<Row>(
  tx: Tx,
  table: PgTable,
  where: SQL | undefined,
  paging: { limit: number; offset: number },
  read: (limit: number, offset: number) => Promise<Row[]>,
): Promise<Pick<ListTotal, 'total' | 'totalIsLowerBound'> & { rows: Row[]; hasMore: boolean }> {
  const total = await boundedCount(tx, table, where);
  const { rows, hasMore } = splitPage(await read(paging.limit + 1, paging.offset), paging.limit);
  return { ...total, rows, hasMore };
}

/** The bounded total as a column of the page's own query (an uncorrelated subquery: counted once). */
export type TotalColumn = SQL.Aliased<number>;

/**
 * `readListPage` in one statement: `read` puts `total` among its columns (`listTotal`), so the page and its
 * bounded total come back together — a round trip less on every list. Only a page past the end (no rows to
 * carry the column) counts on its own.
 */
export async function readCountedListPage<Row extends { listTotal: number }>(
  tx: Tx,
  table: PgTable,
  where: SQL | undefined,
  paging: { limit: number; offset: number },
  read: (limit: number, offset: number, total: TotalColumn) => Promise<Row[]>,
): Promise<Pick<ListTotal, 'total' | 'totalIsLowerBound'> & { rows: Row[]; hasMore: boolean }> {
  return readPageCountingOf(tx, sql`select 1 from ${table} where ${where ?? sql`true`}`, paging, read);
}

/**
 * `readCountedListPage` for a list whose matching rows are best counted by a query of their own (`matching`, a
 * select of one row per match, e.g. a union of index-ordered arms each capped at LIST_TOTAL_CAP + 1).
 */
export async function readPageCountingOf<Row extends { listTotal: number }>(
  tx: Tx,
  matching: SQL,
  paging: { limit: number; offset: number },
  read: (limit: number, offset: number, total: TotalColumn) => Promise<Row[]>,
): Promise<Pick<ListTotal, 'total' | 'totalIsLowerBound'> & { rows: Row[]; hasMore: boolean }> {
  const counted = () =>
    sql<number>`(select count(*)::int from (${matching} limit ${LIST_TOTAL_CAP + 1}) as matching)`;
  const total = counted().mapWith(Number).as('list_total');
  const { rows, hasMore } = splitPage(await read(paging.limit + 1, paging.offset, total), paging.limit);
  if (rows[0] !== undefined) return { ...boundedTotal(rows[0].listTotal), rows, hasMore };
  if (paging.offset === 0) return { ...boundedTotal(0), rows, hasMore };
  const [row] = await queryRows<{ n: number }>(tx, sql`select ${counted()} as n`);
  return { ...boundedTotal(Number(row?.n ?? 0)), rows, hasMore };
}

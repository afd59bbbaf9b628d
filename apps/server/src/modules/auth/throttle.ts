import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

// Growing delays: from the 5th failure in a row an account name waits 1 s, then 2 s, 4 s … up to 15 min;
// an address gets more room (shared offices, NAT) before the same growth. Counters forget after an hour.
const RULES = { account: { freeFailures: 4 }, ip: { freeFailures: 20 }, mfa: { freeFailures: 4 } } as const;
const MAX_DELAY_SECONDS = 15 * 60;

export type ThrottleKind = keyof typeof RULES;
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value}`;

/** Seconds the caller must still wait, or 0. Applies equally to names with and without an account. */
export async function secondsBlocked(tx: Tx, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await queryRows<{ wait: number | null }>(
    tx,
    sql`select ceil(extract(epoch from max(blocked_until) - now()))::int as wait
        from sign_in_throttle where key in (${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )})`,
  );
  return Math.max(0, rows[0]?.wait ?? 0);
}

export async function recordFailure(tx: Tx, kind: ThrottleKind, value: string): Promise<void> {
  const free = RULES[kind].freeFailures;
  await tx.execute(sql`
    insert into sign_in_throttle as t (key, failures, blocked_until, updated_at)
    values (${throttleKey(kind, value)}, 1, null, now())
    on conflict (key) do update set
      failures = case when t.updated_at < now() - interval '1 hour' then 1 else t.failures + 1 end,
      blocked_until = case
        when t.updated_at >= now() - interval '1 hour' and t.failures + 1 > ${free}
        then now() + make_interval(secs => least(power(2, t.failures - ${free})::int, ${MAX_DELAY_SECONDS}))
        else null end,
      updated_at = now()`);
}

export async function clearFailures(tx: Tx, kind: ThrottleKind, value: string): Promise<void> {
  await tx.execute(sql`delete from sign_in_throttle where key = ${throttleKey(kind, value)}`);
}

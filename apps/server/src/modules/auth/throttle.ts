import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

// Counters live in sign_in_throttle and forget after an hour without failures.
// Blocking kinds refuse (429) with growing delays once their free failures are used: 1 s, 2 s, 4 s … 15 min.
//   pair     one account name from one address: the guesser at a keyboard, stopped early;
//   account  one account name from anywhere: a guesser rotating addresses, stopped a little later;
//   mfa      second-factor codes of one user.
// The address alone never blocks: a commune office shares one, and other people's mistakes there must not
// lock a colleague out. Past its (much higher) free failures every sign-in from it is answered more slowly.
const RULES = {
  pair: { freeFailures: 4 },
  account: { freeFailures: 10 },
  mfa: { freeFailures: 4 },
  address: { freeFailures: 100 },
} as const;
const MAX_DELAY_SECONDS = 15 * 60;
/** One more second of slowness per this many failures past the address's free ones, up to the maximum. */
const ADDRESS_FAILURES_PER_SECOND = 10;
const ADDRESS_MAX_PAUSE_SECONDS = 10;

export type ThrottleKind = keyof typeof RULES;
export type BlockingKind = Exclude<ThrottleKind, 'address'>;
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value}`;
/** The key of one account name tried from one address. */
export const pairValue = (username: string, address: string) => `${address} ${username}`;

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

/** How long a sign-in from this address is held back before it is even checked: 0 for a quiet address. */
export async function addressPauseSeconds(tx: Tx, address: string): Promise<number> {
  const [row] = await queryRows<{ failures: number }>(
    tx,
    sql`select failures from sign_in_throttle
        where key = ${throttleKey('address', address)} and updated_at >= now() - interval '1 hour'`,
  );
  const excess = (row?.failures ?? 0) - RULES.address.freeFailures;
  if (excess <= 0) return 0;
  return Math.min(Math.ceil(excess / ADDRESS_FAILURES_PER_SECOND), ADDRESS_MAX_PAUSE_SECONDS);
}

export async function recordFailure(tx: Tx, kind: ThrottleKind, value: string): Promise<void> {
  // The address kind counts but never sets blocked_until: however many failures, never a 429.
  const blockedUntil =
    kind === 'address'
      ? sql`null`
      : sql`case
          when t.updated_at >= now() - interval '1 hour' and t.failures + 1 > ${RULES[kind].freeFailures}
          then now() + make_interval(secs => least(
            power(2, least(t.failures - ${RULES[kind].freeFailures}, 20))::int, ${MAX_DELAY_SECONDS}))
          else null end`;
  await tx.execute(sql`
    insert into sign_in_throttle as t (key, failures, blocked_until, updated_at)
    values (${throttleKey(kind, value)}, 1, null, now())
    on conflict (key) do update set
      failures = case when t.updated_at < now() - interval '1 hour' then 1 else t.failures + 1 end,
      blocked_until = ${blockedUntil},
      updated_at = now()`);
}

export async function clearFailures(tx: Tx, kind: BlockingKind, value: string): Promise<void> {
  await tx.execute(sql`delete from sign_in_throttle where key = ${throttleKey(kind, value)}`);
}

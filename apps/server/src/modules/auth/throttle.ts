import { countHit, forgetHits, liveWindow, type RateLimit } from '../../db/rate-limits';
import type { Tx } from '../../db/types';

// Failures are counted as rate limits (db/rate-limits.ts) and forgotten after an hour without failures.
// Blocking kinds refuse (429) with growing delays once their free failures are used: 1 s, 2 s, 4 s … 15 min.
//   pair     one account name from one address: the guesser at a keyboard, stopped early;
//   account  one account name from anywhere: a guesser rotating addresses, stopped a little later;
//   mfa      second-factor codes of one user.
// The address alone never blocks: a commune office shares one, and other people's mistakes there must not
// lock a colleague out. Past its (much higher) free failures every sign-in from it is answered more slowly.
const failuresOf = (kind: string, freeFailures: number): RateLimit => ({
  scope: `sign_in.${kind}`,
  limit: freeFailures,
  windowSeconds: 60 * 60,
  window: 'quiet',
});
const RULES = {
  pair: failuresOf('pair', 4),
  account: failuresOf('account', 10),
  mfa: failuresOf('mfa', 4),
  address: failuresOf('address', 100),
} as const;
const MAX_DELAY_SECONDS = 15 * 60;
/** One more second of slowness per this many failures past the address's free ones, up to the maximum. */
const ADDRESS_FAILURES_PER_SECOND = 10;
const ADDRESS_MAX_PAUSE_SECONDS = 10;

export type ThrottleKind = keyof typeof RULES;
export type BlockingKind = Exclude<ThrottleKind, 'address'>;
export interface ThrottleKey {
  kind: BlockingKind;
  value: string;
}
export const throttleKey = (kind: BlockingKind, value: string): ThrottleKey => ({ kind, value });
/** The key of one account name tried from one address. */
export const pairValue = (username: string, address: string) => `${address} ${username}`;

/** The wait after the failure that made `failures`: none within the free ones, then doubling from 1 s. */
function delaySeconds(kind: BlockingKind, failures: number): number {
  const past = failures - RULES[kind].limit;
  return past > 0 ? Math.min(2 ** Math.min(past - 1, 20), MAX_DELAY_SECONDS) : 0;
}

/** Seconds the caller must still wait, or 0. Applies equally to names with and without an account. */
export async function secondsBlocked(tx: Tx, keys: ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const { kind, value } of keys) {
    const window = await liveWindow(tx, RULES[kind], value);
    if (window)
      wait = Math.max(wait, Math.ceil(delaySeconds(kind, window.hits) - window.secondsSinceLastHit));
  }
  return wait;
}

/** How long a sign-in from this address is held back before it is even checked: 0 for a quiet address. */
export async function addressPauseSeconds(tx: Tx, address: string): Promise<number> {
  const window = await liveWindow(tx, RULES.address, address);
  const excess = (window?.hits ?? 0) - RULES.address.limit;
  if (excess <= 0) return 0;
  return Math.min(Math.ceil(excess / ADDRESS_FAILURES_PER_SECOND), ADDRESS_MAX_PAUSE_SECONDS);
}

export async function recordFailure(tx: Tx, kind: ThrottleKind, value: string): Promise<void> {
  await countHit(tx, RULES[kind], value);
}

export async function clearFailures(tx: Tx, kind: BlockingKind, value: string): Promise<void> {
  await forgetHits(tx, RULES[kind], value);
}

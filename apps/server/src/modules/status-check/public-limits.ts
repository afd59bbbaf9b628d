import type { RequestContext } from '../../context/request-context';
import { type RateLimit, takeHit } from '../../db/rate-limits';
import type { Tx } from '../../db/types';

/**
 * The public survivor pages have no account to throttle, so they are limited per address and per code.
 * The address limit stops a guesser at one connection; the code limit stops anyone (from many addresses)
 * from watching one person's code. Both count every attempt, right or wrong, and are committed even when the
 * attempt fails (the use case answers its refusal after the transaction).
 */
export const publicLimits = {
  statusAddress: { scope: 'status_check.address', limit: 20, windowSeconds: 15 * 60, window: 'fixed' },
  statusCode: { scope: 'status_check.code', limit: 10, windowSeconds: 60 * 60, window: 'fixed' },
  feedbackAddress: { scope: 'feedback.address', limit: 30, windowSeconds: 15 * 60, window: 'fixed' },
  feedbackCode: { scope: 'feedback.code', limit: 10, windowSeconds: 60 * 60, window: 'fixed' },
} as const satisfies Record<string, RateLimit>;

/** Counts the attempt against the caller's address and, when the typed text is a code, against the code. */
export async function withinPublicLimits(
  tx: Tx,
  ctx: RequestContext,
  limits: { address: RateLimit; code: RateLimit },
  hashedCode: string | undefined,
): Promise<boolean> {
  const byAddress = await takeHit(tx, limits.address, ctx.client.ip ?? 'unknown');
  const byCode = hashedCode === undefined ? true : await takeHit(tx, limits.code, hashedCode);
  return byAddress && byCode;
}

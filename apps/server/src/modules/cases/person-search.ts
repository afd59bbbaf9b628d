import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { createRateLimiter } from '../../lib/rate-limit';
import type { Candidate } from './find-candidates';

/**
 * "Is this person known?" can be asked two ways — a search before create (POST /api/persons/match) and a
 * registration that answers "probable duplicate" (POST /api/cases). Both count against one limit per user,
 * so neither is an oracle at machine speed, and both are audited the same way.
 */
const searches = createRateLimiter({ limit: 30, windowMs: 60_000 });
const userKey = (ctx: RequestContext) => ctx.actor?.userId ?? '';
const limited = () => new AppError(429, 'person.match_rate_limited');

/** Counts one search; refuses it when the user's minute is used up. */
export function takePersonSearch(ctx: RequestContext): void {
  if (!searches.take(userKey(ctx))) throw limited();
}

/** Counts a search whose answer was already given (a registration that found probable duplicates). */
export function countPersonSearch(ctx: RequestContext): void {
  searches.take(userKey(ctx));
}

/**
 * Refuses before anything is searched once the minute is used up, whatever the answer would have been:
 * refusing only the registrations that would find someone would itself say "known".
 */
export function refuseWhenSearchesUsedUp(ctx: RequestContext): void {
  if (searches.exhausted(userKey(ctx))) throw limited();
}

/** The audit event of one search: how many candidates, never the searched values. */
export async function auditPersonSearch(
  tx: Tx,
  ctx: RequestContext,
  candidates: Candidate[],
  via: 'search' | 'registration',
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: 'person.match',
    resourceType: 'person',
    details: {
      candidates: candidates.length,
      probable: candidates.filter((c) => c.band === 'probable').length,
      outsideScope: candidates.filter((c) => !c.inScope).length,
      via,
    },
  });
}

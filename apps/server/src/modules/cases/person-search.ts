import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { countHit, isUsedUp, type RateLimit, takeHit } from '../../db/rate-limits';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import type { Candidate } from './find-candidates';

/**
 * "Is this person known?" can be asked two ways — a search before create (POST /api/persons/match) and a
 * registration that answers "probable duplicate" (POST /api/cases). Both count against one limit per user,
 * so neither is an oracle at machine speed, and both are audited the same way. The count lives in the
 * database (db/rate-limits.ts), so neither a restart nor a second API instance hands out a fresh minute.
 */
const PERSON_SEARCHES: RateLimit = { scope: 'person_search', limit: 30, windowSeconds: 60, window: 'fixed' };
const userKey = (ctx: RequestContext) => ctx.actor?.userId ?? '';
const limited = () => new AppError(429, 'person.match_rate_limited');

/**
 * Counts one search; refuses it when the user's minute is used up. The refusal rolls the transaction back,
 * hit included, which changes nothing: the window was already full and keeps its start.
 */
export async function takePersonSearch(tx: Tx, ctx: RequestContext): Promise<void> {
  if (!(await takeHit(tx, PERSON_SEARCHES, userKey(ctx)))) throw limited();
}

/** Counts a search whose answer is being given (a registration that found probable duplicates). */
export async function countPersonSearch(tx: Tx, ctx: RequestContext): Promise<void> {
  await countHit(tx, PERSON_SEARCHES, userKey(ctx));
}

/**
 * Refuses before anything is searched once the minute is used up, whatever the answer would have been:
 * refusing only the registrations that would find someone would itself say "known". Call it first in the
 * transaction: it holds the user's count until the answer is counted, so parallel registrations queue.
 */
export async function refuseWhenSearchesUsedUp(tx: Tx, ctx: RequestContext): Promise<void> {
  if (await isUsedUp(tx, PERSON_SEARCHES, userKey(ctx))) throw limited();
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

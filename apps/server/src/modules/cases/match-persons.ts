import type { MatchRequest } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';
import { createRateLimiter } from '../../lib/rate-limit';
import { type Candidate, findCandidates } from './find-candidates';
import { evidenceFromSearch } from './person-identity';

const limiter = createRateLimiter({ limit: 30, windowMs: 60_000 });

/**
 * Search before create. A query can itself reveal that a person is known, so each one is audited (with the
 * number of candidates, never the searched values) and limited per user.
 */
export async function matchPersons(
  ctx: RequestContext,
  query: MatchRequest,
): Promise<{ candidates: Candidate[] }> {
  authorize(ctx, 'case.create', 'case.read');
  if (!limiter.take(ctx.actor?.userId ?? '')) throw new AppError(429, 'person.match_rate_limited');
  return ctx.transaction(async (tx) => {
    const candidates = await findCandidates(tx, ctx, evidenceFromSearch(query));
    await recordAudit(tx, ctx, {
      action: 'person.match',
      resourceType: 'person',
      details: {
        candidates: candidates.length,
        probable: candidates.filter((c) => c.band === 'probable').length,
        outsideScope: candidates.filter((c) => !c.inScope).length,
      },
    });
    return { candidates };
  });
}

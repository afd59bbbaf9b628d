import type { MatchRequest } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';
import { checkPlace } from './check-case-input';
import { type Candidate, findCandidates } from './find-candidates';
import { evidenceFromSearch } from './person-identity';
import { auditPersonSearch, takePersonSearch } from './person-search';

/**
 * Search before create. A query can itself reveal that a person is known, so each one is audited (with the
 * number of candidates, never the searched values) and limited per user, together with registrations that
 * answer "probable duplicate" (person-search.ts).
 */
export async function matchPersons(
  ctx: RequestContext,
  query: MatchRequest,
): Promise<{ candidates: Candidate[] }> {
  authorize(ctx, 'case.create', 'case.read');
  const problems = checkPlace(
    { province: 'homeProvinceCode', commune: 'homeCommuneCode' },
    query.homeProvinceCode,
    query.homeCommuneCode,
  );
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  return ctx.transaction(async (tx) => {
    await takePersonSearch(tx, ctx);
    const candidates = await findCandidates(tx, ctx, evidenceFromSearch(query));
    await auditPersonSearch(tx, ctx, candidates, 'search');
    return { candidates };
  });
}

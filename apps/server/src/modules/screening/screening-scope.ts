import { or, type SQL, sql } from 'drizzle-orm';
import { can, scopeFor } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { screenings } from '../../db/schema';

/**
 * The screenings one actor may read: their agency's (scopeFor), and one another agency sent to theirs to act on —
 * while that screening referral is open or was completed by a case. The same rule as `lantern_screening_referred`
 * (migration 0021), the second wall. Lists keep to scopeFor: a screening sent to an agency appears in its inbox.
 */
export function screeningReadScope(ctx: RequestContext): SQL {
  const own = scopeFor(ctx, 'screening');
  const agencyId = ctx.actor?.agencyId;
  if (!agencyId || !can(ctx, 'referral.respond')) return own;
  return or(
    own,
    sql`exists (select 1 from referrals r where r.screening_id = ${screenings.id} and r.kind = 'screening'
          and r.to_agency_id = ${agencyId} and r.status in ('sent', 'accepted', 'in_progress', 'completed'))`,
  ) as SQL;
}

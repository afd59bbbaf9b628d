import type { ReferralSupervision } from '@lantern/domain';
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { overdue } from './list-referrals';
import { selectReferrals, toReferralViews } from './referral-view';

const SHOWN = 50;

async function supervised(
  tx: Tx,
  ctx: RequestContext,
  where: SQL | undefined,
  order: SQL[],
  now: Date,
): Promise<ReferralSupervision['overdueIncoming']> {
  const rows = await selectReferrals(tx, where)
    .orderBy(...order)
    .limit(SHOWN + 1);
  return { items: await toReferralViews(tx, ctx, rows.slice(0, SHOWN), now), hasMore: rows.length > SHOWN };
}

/**
 * A supervisor's view of the agency's referrals (supervisors are the holders of case.break_glass, the ones
 * escalation tells): what is late on either side, most late first, and what was declined or expired and still
 * waits to be sent elsewhere (POST /api/referrals/{id}/reroute). Codes and agency names only; the words stay on
 * each referral's page, where reading them is audited.
 */
export async function superviseReferrals(ctx: RequestContext): Promise<ReferralSupervision> {
  authorize(ctx, 'case.break_glass');
  const agencyId = ctx.actor?.agencyId ?? '';
  const now = new Date();
  const due = sql`case when ${referrals.status} = 'sent' then ${referrals.respondBy} else ${referrals.completeBy} end`;
  return ctx.transaction(async (tx) => ({
    overdueIncoming: await supervised(
      tx,
      ctx,
      and(eq(referrals.toAgencyId, agencyId), overdue(now)),
      [asc(due), asc(referrals.id)],
      now,
    ),
    overdueOutgoing: await supervised(
      tx,
      ctx,
      and(eq(referrals.fromAgencyId, agencyId), overdue(now)),
      [asc(due), asc(referrals.id)],
      now,
    ),
    toReroute: await supervised(
      tx,
      ctx,
      and(
        eq(referrals.fromAgencyId, agencyId),
        inArray(referrals.status, ['declined', 'expired']),
        ne(referrals.kind, 'screening'),
        sql`not exists (select 1 from referrals later where later.rerouted_from = ${referrals.id})`,
      ),
      [desc(referrals.closedAt), desc(referrals.id)],
      now,
    ),
  }));
}

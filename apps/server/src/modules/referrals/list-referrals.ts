import {
  openReferralStatuses,
  type ReferralCounts,
  type ReferralList,
  type ReferralListQuery,
  type referralStatuses,
} from '@lantern/domain';
import { and, asc, desc, eq, inArray, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { readCountedListPage } from '../../db/bounded-count';
import { queryRows } from '../../db/query-rows';
import { referrals } from '../../db/schema';
import { namesOnPage, selectCountedReferrals, toReferralViews } from './referral-view';

const readers = ['referral.create', 'referral.respond', 'case.read'] as const;

/** Late on the side that must act: an answer past its deadline, or work past completion. */
export const overdue = (now: Date): SQL =>
  or(
    and(eq(referrals.status, 'sent'), lt(referrals.respondBy, now)),
    and(inArray(referrals.status, ['accepted', 'in_progress']), lt(referrals.completeBy, now)),
  ) as SQL;

function statusFilter(status: ReferralListQuery['status']): SQL {
  if (status === 'open') return inArray(referrals.status, [...openReferralStatuses]);
  if (status === 'closed') return notInArray(referrals.status, [...openReferralStatuses]);
  return eq(referrals.status, status as (typeof referralStatuses)[number]);
}

/**
 * The agency's inbox (incoming) or its sent referrals (outgoing). Open incoming referrals come by deadline,
 * the most pressing first; closed ones by when they closed; outgoing by when they were sent. Served from the
 * (agency, status, deadline) indexes, counted no further than the list cap.
 */
export async function listReferrals(ctx: RequestContext, query: ReferralListQuery): Promise<ReferralList> {
  authorize(ctx, ...readers);
  const agencyId = ctx.actor?.agencyId ?? '';
  const now = new Date();
  const side = query.direction === 'incoming' ? referrals.toAgencyId : referrals.fromAgencyId;
  const where = and(
    eq(side, agencyId),
    statusFilter(query.status),
    query.overdue === 'true' ? overdue(now) : undefined,
    query.kind === undefined ? undefined : eq(referrals.kind, query.kind),
  );
  const order =
    query.status === 'closed'
      ? [desc(referrals.closedAt), desc(referrals.id)]
      : query.direction === 'incoming'
        ? [asc(referrals.respondBy), asc(referrals.id)]
        : [desc(referrals.createdAt), desc(referrals.id)];
  return ctx.transaction(async (tx) => {
    const page = await readCountedListPage(tx, referrals, where, query, (limit, offset, total) =>
      selectCountedReferrals(tx, where, total)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    );
    return {
      items: await toReferralViews(tx, ctx, page.rows, now, namesOnPage(page.rows)),
      total: page.total,
      totalIsLowerBound: page.totalIsLowerBound,
      hasMore: page.hasMore,
    };
  });
}

/** "Action needed" in the navigation: incoming referrals awaiting an answer, and open ones that are late. */
export async function countReferrals(ctx: RequestContext): Promise<ReferralCounts> {
  authorize(ctx, ...readers);
  const agencyId = ctx.actor?.agencyId ?? '';
  const now = new Date();
  return ctx.transaction(async (tx) => {
    const [row] = await queryRows<{ awaiting: number; overdue: number }>(
      tx,
      sql`select count(*) filter (where status = 'sent')::int as awaiting,
                 count(*) filter (where (status = 'sent' and respond_by < ${now.toISOString()}::timestamptz)
                                     or (status <> 'sent' and complete_by < ${now.toISOString()}::timestamptz))::int as overdue
          from (select status, respond_by, complete_by from referrals
                where to_agency_id = ${agencyId} and status in ('sent', 'accepted', 'in_progress')
                limit 1001) open`,
    );
    return { awaitingAnswer: row?.awaiting ?? 0, overdue: row?.overdue ?? 0 };
  });
}

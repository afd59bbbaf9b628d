import type { Referral, ReferralDetail } from '@lantern/domain';
import { isOpenReferral } from '@lantern/domain';
import { and, desc, eq, or } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { referrals } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { visibleCase } from '../case-work/case-in-work';
import { servicesNotListed } from './create-referral';
import { hasWords, selectReferrals, toReferralDetail, toReferralViews } from './referral-view';
import { reroutedTo } from './reroute-referral';

const readers = ['referral.create', 'referral.respond', 'case.read'] as const;

/**
 * One referral, for one of its two agencies (anyone else: not found). Its words may name the person, so
 * opening them writes an audit event in the same transaction.
 */
export async function getReferral(ctx: RequestContext, id: string): Promise<ReferralDetail> {
  authorize(ctx, ...readers);
  return ctx.transaction(async (tx) => {
    const [found] = await selectReferrals(tx, eq(referrals.id, id));
    if (!found) throw notFound();
    const { toAgencyId } = found.row;
    const missing =
      isOpenReferral(found.row.status) && toAgencyId !== null
        ? await servicesNotListed(tx, toAgencyId, found.row.services)
        : [];
    const detail = await toReferralDetail(tx, ctx, found, missing, await reroutedTo(tx, found.row));
    if (hasWords(found.row))
      await recordAudit(tx, ctx, {
        action: 'referral.view',
        resourceType: 'referral',
        resourceId: id,
        details: { caseId: found.row.caseId },
      });
    return detail;
  });
}

/** The referrals of a case that the reader's agency sent or received, newest first. */
export async function listCaseReferrals(ctx: RequestContext, caseId: string): Promise<Referral[]> {
  authorize(ctx, ...readers);
  const agencyId = ctx.actor?.agencyId ?? '';
  return ctx.transaction(async (tx) => {
    await visibleCase(tx, ctx, caseId);
    const found = await selectReferrals(
      tx,
      and(
        eq(referrals.caseId, caseId),
        or(eq(referrals.fromAgencyId, agencyId), eq(referrals.toAgencyId, agencyId)),
      ),
    )
      .orderBy(desc(referrals.createdAt))
      .limit(200);
    return toReferralViews(tx, ctx, found);
  });
}

import { isOpenReferral, type ReferralDetail } from '@lantern/domain';
import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, referrals } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { completeScreeningReferral } from './complete-screening-referral';
import { selectReferrals, toReferralDetail } from './referral-view';

/**
 * The person of a screening sent to the agency already has a case there (found by search-before-create): the
 * screening is linked to that case (its timeline says so) and the screening referral completes.
 */
export async function attachScreening(
  ctx: RequestContext,
  referralId: string,
  caseId: string,
): Promise<ReferralDetail> {
  authorize(ctx, 'referral.respond');
  authorize(ctx, 'case.update');
  return ctx.transaction(async (tx) => {
    const [referral] = await tx
      .select()
      .from(referrals)
      .where(
        and(
          eq(referrals.id, referralId),
          eq(referrals.kind, 'screening'),
          eq(referrals.toAgencyId, ctx.actor?.agencyId ?? ''),
        ),
      );
    if (!referral?.screeningId) throw notFound();
    if (!isOpenReferral(referral.status)) throw new AppError(409, 'referral.not_allowed');
    const kase = await ownedCase(tx, ctx, caseId, { lock: true });
    if (!kase.screeningIds.includes(referral.screeningId))
      await tx
        .update(cases)
        .set({ screeningIds: sql`array_append(${cases.screeningIds}, ${referral.screeningId}::uuid)` })
        .where(eq(cases.id, kase.id));
    await addCaseEvent(tx, ctx, kase.id, 'screening.attached', {
      screening: referral.screeningId,
      referral: referral.id,
    });
    await recordAudit(tx, ctx, {
      action: 'case.attach_screening',
      resourceType: 'case',
      resourceId: kase.id,
      details: { screeningId: referral.screeningId, referral: referral.id },
    });
    await completeScreeningReferral(tx, ctx, referral.screeningId, kase.id, 'case_attached');
    const [found] = await selectReferrals(tx, eq(referrals.id, referralId));
    return toReferralDetail(tx, ctx, found as NonNullable<typeof found>, []);
  });
}

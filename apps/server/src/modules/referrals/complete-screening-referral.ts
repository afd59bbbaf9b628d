import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notifyUsers } from './notify';

export type ScreeningActedOn = 'case_registered' | 'case_attached';

/**
 * A screening sent to the actor's agency was acted on — a case registered from it or the screening attached to
 * one: the open screening referral completes with that outcome and the sender is told (the case stays the
 * recipient's: the sender learns that it was acted on, not which case). Nothing happens for a screening the
 * agency did not receive. Returns the completed referral's id.
 */
export async function completeScreeningReferral(
  tx: Tx,
  ctx: RequestContext,
  screeningId: string,
  caseId: string,
  outcome: ScreeningActedOn,
): Promise<string | null> {
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const [open] = await tx
    .select({ referral: referrals, toName: agencies.name })
    .from(referrals)
    .innerJoin(agencies, eq(agencies.id, referrals.toAgencyId))
    .where(
      and(
        eq(referrals.screeningId, screeningId),
        eq(referrals.kind, 'screening'),
        eq(referrals.toAgencyId, actor.agencyId),
        inArray(referrals.status, ['sent', 'accepted', 'in_progress']),
      ),
    )
    .for('update', { of: referrals });
  if (!open) return null;
  const { referral } = open;
  const now = new Date();
  await tx
    .update(referrals)
    .set({
      status: 'completed',
      outcome,
      answeredAt: referral.answeredAt ?? now,
      answeredBy: referral.answeredBy ?? actor.userId,
      closedAt: now,
      closedBy: actor.userId,
      updatedAt: now,
    })
    .where(eq(referrals.id, referral.id));
  const told = await notifyUsers(tx, [referral.sentBy], 'screening_acted_on', {
    referralId: referral.id,
    screeningId,
    toAgencyName: open.toName,
    outcome,
  });
  await recordAudit(tx, ctx, {
    action: 'referral.complete_screening',
    resourceType: 'referral',
    resourceId: referral.id,
    details: { screeningId, caseId, from: referral.status, outcome, notified: told },
  });
  return referral.id;
}

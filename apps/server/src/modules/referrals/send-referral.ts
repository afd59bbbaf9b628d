import type { ReferralDetail, SendReferralInput } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { referrals } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { ownedCase } from '../case-work/case-in-work';
import { checkReferralInput } from './check-referral-input';
import { createReferral, servicesNotListed } from './create-referral';
import { consentCovers, resolveRecipient } from './referral-recipient';
import { selectReferrals, toReferralDetail } from './referral-view';
import { configuredWindows } from './referral-windows';

/**
 * Refers the person of the agency's own case to another agency's inbox (or an organisation outside Lantern).
 * Refused unless a live sharing consent of the person covers the recipient — or a user who may break the glass
 * overrides it with a reason (sealed, audited, the sender's supervisors told). From here until the referral
 * closes, the recipient reads the case: the profile, and the sections the sender chose.
 */
export async function sendReferral(
  ctx: RequestContext,
  caseId: string,
  input: SendReferralInput,
): Promise<ReferralDetail> {
  authorize(ctx, 'referral.create');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.consentOverride && !can(ctx, 'case.break_glass')) throw new AppError(403, 'forbidden');
  const now = new Date();
  const problems = checkReferralInput(input, now);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    if (kase.state === 'closed') throw new AppError(409, 'referral.case_closed');
    const recipient = await resolveRecipient(tx, input, actor.agencyId);
    const consented = await consentCovers(tx, caseId, recipient);
    if (!consented && !input.consentOverride) throw new AppError(409, 'referral.no_consent');
    const windows = await configuredWindows(tx);
    const id = await createReferral(tx, ctx, {
      kase,
      recipient,
      input,
      overridden: !consented,
      now,
      windows,
    });
    const [found] = await selectReferrals(tx, eq(referrals.id, id));
    const missing =
      recipient.kind === 'agency' ? await servicesNotListed(tx, recipient.id, input.services) : [];
    return toReferralDetail(tx, ctx, found as NonNullable<typeof found>, missing);
  });
}

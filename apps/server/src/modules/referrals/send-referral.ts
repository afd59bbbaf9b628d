import type { ReferralDetail, SendReferralInput } from '@lantern/domain';
import { authorize, can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';
import { ownedCase } from '../case-work/case-in-work';
import { checkReferralInput } from './check-referral-input';
import { createReferralRow } from './create-referral';
import { checkRecipientForCase } from './referral-recipient';
import { toReferralDetail } from './referral-view';

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
    const checked = await checkRecipientForCase(tx, input, actor, caseId);
    const { recipient, consented } = checked;
    if (!consented && !input.consentOverride) throw new AppError(409, 'referral.no_consent');
    const row = await createReferralRow(tx, ctx, {
      kase,
      recipient,
      input,
      overridden: !consented,
      now,
      windows: checked.windows,
    });
    const found = {
      row,
      fromName: checked.senderAgencyName,
      toName: recipient.kind === 'agency' ? recipient.name : null,
    };
    return toReferralDetail(
      tx,
      ctx,
      found,
      checked.servicesNotListed,
      null,
      new Map([[actor.userId, checked.senderName]]),
    );
  });
}

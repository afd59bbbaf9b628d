import type { ConsentView } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { mayViewIdentity, ownAgencyReach } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { consents } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { endSharesBeyondConsent } from '../case-sharing/end-shares';
import { endReferralsBeyondConsent } from '../referrals/end-referrals';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { toConsentView, witnessContext } from './consent-view';

/**
 * The person withdraws a consent. It takes effect at once: every sharing check and every read through a
 * share asks for a live consent (access/case-policy.ts and the database's lantern_case_visible), and the
 * shares and open referrals that relied on this consent alone are ended here, in the same transaction. The row stays, marked withdrawn, because what was agreed and when is part of
 * the record. The reason, if given, is the user's own words and is kept sealed on the timeline.
 */
export async function withdrawConsent(
  ctx: RequestContext,
  caseId: string,
  consentId: string,
  input: { reason?: string | undefined },
): Promise<ConsentView> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const [row] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.caseId, caseId)))
      .for('update');
    if (!row) throw notFound();
    if (row.withdrawnAt) throw new AppError(409, 'consent.already_withdrawn');
    const withdrawnAt = new Date();
    await tx
      .update(consents)
      .set({ withdrawnAt, withdrawnBy: actor.userId })
      .where(eq(consents.id, consentId));
    await addCaseEvent(tx, ctx, caseId, 'consent.withdrawn', {
      consent: consentId,
      purpose: row.purpose,
      givenBy: row.givenBy,
      reasonSealed: input.reason ? ctx.secrets.seal(input.reason, `case:${caseId}:event-reason`) : null,
    });
    if (row.purpose === 'sharing') {
      await endSharesBeyondConsent(tx, ctx, caseId, consentId);
      await endReferralsBeyondConsent(tx, ctx, caseId, consentId);
    }
    await recordAudit(tx, ctx, {
      action: 'case.consent_withdraw',
      resourceType: 'case',
      resourceId: caseId,
      details: { consent: consentId, purpose: row.purpose },
    });
    const names = await staffNames(tx, [row.obtainedBy]);
    const identity = mayViewIdentity(ctx, ownAgencyReach);
    return toConsentView(
      { ...row, withdrawnAt, withdrawnBy: actor.userId },
      personRef(names, row.obtainedBy),
      identity && row.witnessSealed ? ctx.secrets.open(row.witnessSealed, witnessContext(row.id)) : null,
    );
  });
}

import { type ConsentInput, type ConsentView, todayInVietNam } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { mayViewIdentity, ownAgencyReach } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { consents, persons } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { openIdentity } from '../cases/person-identity';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { checkAddedConsent, checkConsentReferences } from './check-consent';
import { newConsentRow, toConsentView } from './consent-view';

/**
 * Records a further consent (for example consent to share, given once the person trusts the agency).
 * Validated like the consents given at registration; the witness is sealed.
 */
export async function recordConsent(
  ctx: RequestContext,
  caseId: string,
  input: ConsentInput,
): Promise<ConsentView> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const [person] = await tx
      .select({ identitySealed: persons.identitySealed })
      .from(persons)
      .where(eq(persons.id, kase.personId));
    // Opened only to know whether the person is a child (the guardian then consents); nothing is shown.
    const identity = openIdentity(ctx.secrets, kase.personId, person?.identitySealed ?? '');
    const problems = [
      ...checkAddedConsent(input, identity, todayInVietNam()),
      ...(await checkConsentReferences(tx, caseId, input)),
    ];
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);

    const row = {
      ...newConsentRow(ctx.secrets, caseId, input, actor.userId),
      withdrawnAt: null,
      withdrawnBy: null,
      createdAt: new Date(),
    };
    const id = row.id;
    await tx.insert(consents).values(row);
    await addCaseEvent(tx, ctx, caseId, 'consent.recorded', {
      consent: id,
      purpose: input.purpose,
      method: input.method,
      // Who gave it as a code (the person or a guardian), never a name.
      givenBy: input.givenBy,
    });
    await recordAudit(tx, ctx, {
      action: 'case.consent_record',
      resourceType: 'case',
      resourceId: caseId,
      details: { consent: id, purpose: input.purpose, method: input.method },
    });
    const names = await staffNames(tx, [actor.userId]);
    // The caller typed the witness's name; it is returned only to those who could read it back anyway.
    const witness = mayViewIdentity(ctx, ownAgencyReach) ? (input.witness ?? null) : null;
    return toConsentView(row, personRef(names, actor.userId), witness);
  });
}

import { type ContactOutcome, type ContactView, laterOutcome, type ReferContactInput } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { contacts } from '../../db/schema';
import { ContactProblems, checkReferral } from './contact-checks';
import { ownContact, toContactView } from './contact-rows';

/**
 * Records where the office referred the person after the contact: an agency in Lantern (whose inbox the
 * referral flow of a screening or case reaches) or one outside it, by name, for an off-system referral.
 */
export async function referContact(
  ctx: RequestContext,
  contactId: string,
  input: ReferContactInput,
): Promise<ContactView> {
  authorize(ctx, 'contact.record');
  return ctx.transaction(async (tx) => {
    const current = await ownContact(tx, ctx, contactId);
    const problems = new ContactProblems();
    await checkReferral(tx, problems, input, true);
    problems.throwIfAny();
    await tx
      .update(contacts)
      .set({
        referredAgencyId: input.referredAgencyId ?? null,
        referredAgencyName: input.referredAgencyName ?? null,
        outcome: laterOutcome(current.contact.outcome as ContactOutcome, 'referred'),
        updatedAt: sql`now()`,
      })
      .where(eq(contacts.id, contactId));
    await recordAudit(tx, ctx, {
      action: 'contact.refer',
      resourceType: 'contact',
      resourceId: contactId,
      details: { agency: input.referredAgencyId ?? null, offSystem: Boolean(input.referredAgencyName) },
    });
    return toContactView(await ownContact(tx, ctx, contactId));
  });
}

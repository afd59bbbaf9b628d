import type { ContactView } from '@lantern/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, contacts, screenings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { ownContact, ownOffice, toContactView } from './contact-rows';

/** An outcome moves forward to the step the link proves, never back (the domain's `laterOutcome`, in SQL). */
const advanceTo = (step: 'screened' | 'registered') =>
  step === 'screened'
    ? sql`case when ${contacts.outcome} in ('information_given', 'no_further_action') then 'screened' else ${contacts.outcome} end`
    : sql`'registered'`;

const invalid = (field: string) =>
  new AppError(400, 'validation', {}, [{ field, code: 'contact_link_invalid', message: '' }]);

/**
 * Links a screening just submitted to the contact it started from, inside the screening's own transaction
 * (screening/submit-screening.ts), so the two are written together or not at all. The contact must be one of
 * the office's, recorded by someone who records contacts, and not yet linked to another screening.
 */
export async function linkSubmittedScreening(
  tx: Tx,
  ctx: RequestContext,
  contactId: string,
  screeningId: string,
): Promise<void> {
  if (!can(ctx, 'contact.record')) throw invalid('contactId');
  const linked = await tx
    .update(contacts)
    .set({ screeningId, outcome: advanceTo('screened'), updatedAt: sql`now()` })
    .where(and(ownOffice(ctx), eq(contacts.id, contactId), isNull(contacts.screeningId)))
    .returning({ id: contacts.id });
  if (linked.length === 0) throw invalid('contactId');
  await recordAudit(tx, ctx, {
    action: 'contact.link',
    resourceType: 'contact',
    resourceId: contactId,
    details: { screening: screeningId },
  });
}

/**
 * Links a contact to a screening made earlier (a screening that waited on the device, say) or to the case
 * registered for the person. Both must be the office's own; identity stays in the case.
 */
export async function linkContact(
  ctx: RequestContext,
  contactId: string,
  input: { screeningId?: string | null | undefined; caseId?: string | null | undefined },
): Promise<ContactView> {
  authorize(ctx, 'contact.record');
  const agencyId = (ctx.actor as NonNullable<RequestContext['actor']>).agencyId;
  if (!input.screeningId && !input.caseId)
    throw new AppError(400, 'validation', {}, [{ field: 'screeningId', code: 'required', message: '' }]);
  return ctx.transaction(async (tx) => {
    const current = await ownContact(tx, ctx, contactId);
    if (input.screeningId) {
      if (current.contact.screeningId) throw invalid('screeningId');
      const [own] = await tx
        .select({ id: screenings.id })
        .from(screenings)
        .where(and(eq(screenings.id, input.screeningId), eq(screenings.agencyId, agencyId)));
      const [taken] = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(eq(contacts.screeningId, input.screeningId));
      if (!own || taken) throw invalid('screeningId');
    }
    if (input.caseId) {
      const [own] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, input.caseId), eq(cases.ownerAgencyId, agencyId)));
      if (!own) throw invalid('caseId');
    }
    await tx
      .update(contacts)
      .set({
        ...(input.screeningId ? { screeningId: input.screeningId, outcome: advanceTo('screened') } : {}),
        ...(input.caseId ? { caseId: input.caseId, outcome: advanceTo('registered') } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(contacts.id, contactId));
    await recordAudit(tx, ctx, {
      action: 'contact.link',
      resourceType: 'contact',
      resourceId: contactId,
      details: { screening: input.screeningId ?? null, case: input.caseId ?? null },
    });
    return toContactView(await ownContact(tx, ctx, contactId));
  });
}

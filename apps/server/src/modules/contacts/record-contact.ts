import type { ContactView, RecordContactInput } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { contacts } from '../../db/schema';
import { newId } from '../../lib/ids';
import { ContactProblems, checkContactFields, checkReferral } from './contact-checks';
import { contactNoteContext, ownContact, toContactView } from './contact-rows';

/**
 * Records a contact with the actor's one-stop office: when, through which channel, who made it, what they
 * need and what came of it — without identity. The free-text note is sealed before it is stored.
 */
export async function recordContact(ctx: RequestContext, input: RecordContactInput): Promise<ContactView> {
  authorize(ctx, 'contact.record');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const problems = new ContactProblems();
  checkContactFields(problems, input);
  return ctx.transaction(async (tx) => {
    await checkReferral(tx, problems, input, input.outcome === 'referred');
    problems.throwIfAny();
    const id = newId();
    const referred = Boolean(input.referredAgencyId || input.referredAgencyName);
    await tx.insert(contacts).values({
      id,
      agencyId: actor.agencyId,
      recordedBy: actor.userId,
      contactedAt: new Date(input.contactedAt),
      channel: input.channel,
      caller: input.caller,
      anonymous: input.anonymous,
      concerns: input.concerns,
      provinceCode: input.provinceCode ?? null,
      communeCode: input.communeCode ?? null,
      outcome: referred ? 'referred' : input.outcome,
      referredAgencyId: input.referredAgencyId ?? null,
      referredAgencyName: input.referredAgencyName ?? null,
      noteSealed: input.note ? ctx.secrets.seal(input.note, contactNoteContext(id)) : null,
    });
    await recordAudit(tx, ctx, {
      action: 'contact.record',
      resourceType: 'contact',
      resourceId: id,
      details: { channel: input.channel, outcome: referred ? 'referred' : input.outcome },
    });
    return toContactView(await ownContact(tx, ctx, id));
  });
}

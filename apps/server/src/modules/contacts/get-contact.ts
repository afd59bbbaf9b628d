import type { ContactDetail } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { contactNoteContext, ownContact, toContactView } from './contact-rows';

/** One contact of the office with its note opened; reading the note is audited in the same transaction. */
export async function getContact(ctx: RequestContext, contactId: string): Promise<ContactDetail> {
  authorize(ctx, 'contact.record');
  return ctx.transaction(async (tx) => {
    const row = await ownContact(tx, ctx, contactId);
    const sealed = row.contact.noteSealed;
    if (sealed)
      await recordAudit(tx, ctx, {
        action: 'contact.note_view',
        resourceType: 'contact',
        resourceId: contactId,
      });
    return {
      ...toContactView(row),
      note: sealed ? ctx.secrets.open(sealed, contactNoteContext(contactId)) : null,
    };
  });
}

import type { ContactView, ListTotal } from '@lantern/domain';
import { desc } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { readCountedListPage } from '../../db/bounded-count';
import { contacts } from '../../db/schema';
import { ownOffice, selectContactsWithTotal, toContactView } from './contact-rows';

/** The office's contacts, newest first, with a bounded total; notes stay sealed (only their presence shows). */
export async function listContacts(
  ctx: RequestContext,
  query: { limit: number; offset: number },
): Promise<{ items: ContactView[] } & ListTotal> {
  authorize(ctx, 'contact.record');
  const where = ownOffice(ctx);
  return ctx.transaction(async (tx) => {
    const { rows, ...page } = await readCountedListPage(tx, contacts, where, query, (limit, offset, total) =>
      selectContactsWithTotal(tx, total)
        .where(where)
        .orderBy(desc(contacts.contactedAt), desc(contacts.id))
        .limit(limit)
        .offset(offset),
    );
    return { ...page, items: rows.map(toContactView) };
  });
}

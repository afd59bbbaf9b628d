import type { ContactView } from '@lantern/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestContext } from '../../context/request-context';
import type { TotalColumn } from '../../db/bounded-count';
import { agencies, contacts, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';

export type ContactRow = typeof contacts.$inferSelect;

/** The note is sealed to its row: a sealed note copied onto another contact does not open. */
export const contactNoteContext = (contactId: string) => `contact-note:${contactId}`;

/** The office's own contacts. Row-level security lets analysts read further, for counts only; a use case never does. */
export const ownOffice = (ctx: RequestContext): SQL =>
  eq(contacts.agencyId, (ctx.actor as NonNullable<RequestContext['actor']>).agencyId);

const referred = alias(agencies, 'referred_agency');

const columns = {
  contact: contacts,
  recorder: { id: users.id, displayName: users.displayName },
  referredName: referred.name,
};

/** Contacts with who recorded them and the Lantern agency they were referred to, in one query. */
export function selectContacts(tx: Tx) {
  return tx
    .select(columns)
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.recordedBy))
    .leftJoin(referred, eq(referred.id, contacts.referredAgencyId));
}

/** The same, with a list's bounded total as a column (db/bounded-count.ts). */
export function selectContactsWithTotal(tx: Tx, listTotal: TotalColumn) {
  return tx
    .select({ ...columns, listTotal })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.recordedBy))
    .leftJoin(referred, eq(referred.id, contacts.referredAgencyId));
}

export type SelectedContact = Awaited<ReturnType<ReturnType<typeof selectContacts>['where']>>[number];

/** One contact of the office; another office's contact is not found (404), exactly as a missing one. */
export async function ownContact(tx: Tx, ctx: RequestContext, id: string): Promise<SelectedContact> {
  const [row] = await selectContacts(tx).where(and(ownOffice(ctx), eq(contacts.id, id)));
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

export function toContactView({
  contact,
  recorder,
  referredName,
}: Pick<SelectedContact, 'contact' | 'recorder' | 'referredName'>): ContactView {
  return {
    id: contact.id,
    contactedAt: contact.contactedAt.toISOString(),
    channel: contact.channel,
    caller: contact.caller,
    anonymous: contact.anonymous,
    concerns: contact.concerns,
    provinceCode: contact.provinceCode,
    communeCode: contact.communeCode,
    outcome: contact.outcome,
    screeningId: contact.screeningId,
    caseId: contact.caseId,
    referredAgency:
      contact.referredAgencyId && referredName !== null
        ? { id: contact.referredAgencyId, name: referredName }
        : null,
    referredAgencyName: contact.referredAgencyName,
    hasNote: contact.noteSealed !== null,
    recordedBy: recorder,
    recordedAt: contact.createdAt.toISOString(),
  };
}

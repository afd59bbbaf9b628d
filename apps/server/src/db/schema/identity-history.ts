import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { persons } from './cases';
import { instant } from './columns';
import { userRef } from './identity';

/**
 * A person's identity as it was before a correction. The old identity and the reason are sealed, each with its
 * own context bound to this row (modules/cases/identity-history-seal.ts), so a copy of the database shows
 * neither, and a sealed value moved to another row does not open. Which fields changed is kept in the clear
 * (field names only): the timeline and the audit trail say the same.
 */
export const personIdentityHistory = pgTable(
  'person_identity_history',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    identitySealed: text('identity_sealed').notNull(),
    reasonSealed: text('reason_sealed').notNull(),
    fields: text('fields').array().notNull(),
    changedAt: instant('changed_at').notNull().defaultNow(),
    changedBy: userRef('changed_by'),
  },
  (table) => [index('person_identity_history_person_idx').on(table.personId, table.changedAt)],
);

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { agencies, users } from './identity';

/**
 * An explicit grant: the owning agency opens one case to another agency, within what the person's sharing
 * consent names. Referrals create these; revoking ends the other agency's access at once.
 */
export const caseShares = pgTable(
  'case_shares',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Why, as a code (e.g. a referral reason); free text would risk personal data. */
    purpose: text('purpose').notNull(),
    grantedBy: uuid('granted_by')
      .notNull()
      .references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    /** Why it ended: 'revoked' by the owning agency, or 'consent_withdrawn' (the consent it relied on). */
    endedBecause: text('ended_because').$type<'revoked' | 'consent_withdrawn'>(),
  },
  (table) => [
    index('case_shares_agency_idx').on(table.agencyId, table.caseId),
    index('case_shares_case_idx').on(table.caseId),
  ],
);

import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, recordTimes, rowId } from './columns';
import { agencies, agencyRef, userRef } from './identity';
import { screenings } from './screening';

/**
 * A contact with a one-stop support office (issue #18): a walk-in, hotline call, message, referral or
 * outreach meeting. It holds no identity: a person who gives one is screened or registered, and the contact
 * links to that screening or case. The note is sealed by the application (bound to the row id). The office
 * sees its own contacts only (row-level security, migration 0033).
 */
export const contacts = pgTable(
  'contacts',
  {
    id: rowId(),
    agencyId: agencyRef('agency_id'),
    recordedBy: userRef('recorded_by'),
    contactedAt: instant('contacted_at').notNull(),
    channel: text('channel').notNull(),
    caller: text('caller').notNull(),
    anonymous: boolean('anonymous').notNull(),
    /** Screening need ids. */
    concerns: text('concerns').array().notNull().default([]),
    /** Where the person lives, if they said (2025 unit codes). */
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    outcome: text('outcome').notNull(),
    screeningId: uuid('screening_id').references(() => screenings.id),
    caseId: uuid('case_id').references(() => cases.id),
    referredAgencyId: uuid('referred_agency_id').references(() => agencies.id),
    /** An agency outside Lantern the person was referred to (its name, never a person's). */
    referredAgencyName: text('referred_agency_name'),
    noteSealed: text('note_sealed'),
    ...recordTimes(),
  },
  (table) => [
    // The office's list (newest first) and its counts by month read this index, one office at a time.
    index('contacts_agency_time_idx').on(table.agencyId, table.contactedAt),
    uniqueIndex('contacts_screening_idx').on(table.screeningId),
  ],
);

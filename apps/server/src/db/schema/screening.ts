import type { Instrument, ScreeningResult } from '@lantern/domain';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant, rowId } from './columns';
import { agencyRef, userRef, users } from './identity';

/**
 * Published instrument versions. A version's definition never changes once a screening used it (a trigger
 * refuses it); shipped versions are loaded at start-up, and an administrator records a verification of a
 * secondary-source version against its primary source without touching the definition.
 */
export const screeningInstruments = pgTable(
  'screening_instruments',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Instrument>().notNull(),
    /** SHA-256 of the canonical definition: start-up compares it to what the code ships. */
    contentHash: text('content_hash').notNull(),
    role: text('role').notNull(),
    sourceStatus: text('source_status').notNull(),
    publishedAt: instant('published_at').notNull().defaultNow(),
    /** Null for versions shipped with Lantern. */
    publishedBy: uuid('published_by').references(() => users.id),
    verifiedAt: instant('verified_at'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verificationNote: text('verification_note'),
    retiredAt: instant('retired_at'),
  },
  (table) => [primaryKey({ columns: [table.id, table.version] })],
);

/**
 * One screening interview. Anonymous by design: it holds no identity at all (identity is captured only when a
 * case is registered with consent). It belongs to the screener's agency.
 */
export const screenings = pgTable(
  'screenings',
  {
    id: rowId(),
    agencyId: agencyRef('agency_id'),
    screenedBy: userRef('screened_by'),
    /** The id the device gave its draft: a retried submission after a lost connection is not stored twice. */
    clientDraftId: uuid('client_draft_id'),
    screenedAt: instant('screened_at').notNull(),
    submittedAt: instant('submitted_at').notNull().defaultNow(),
    /** Consent to the interview itself, asked first. A screening without it is never stored. */
    consentToInterview: boolean('consent_to_interview').notNull(),
    interviewLanguage: text('interview_language').notNull(),
    interpreterUsed: boolean('interpreter_used').notNull(),
    /** Where the interview took place (2025 unit codes), not where the person lives. */
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    /** The strongest outcome among the status instruments; null when only a vulnerability screen ran. */
    outcome: text('outcome'),
    htcdsStatus: text('htcds_status'),
    needs: text('needs').array().notNull().default([]),
  },
  (table) => [
    index('screenings_agency_idx').on(table.agencyId, table.screenedAt),
    // The data-quality panel's window of recent screenings for a province (migration 0045).
    index('screenings_screened_at_idx').on(table.screenedAt),
    unique('screenings_client_draft_unique').on(table.agencyId, table.clientDraftId),
  ],
);

/** The answers given to one instrument version in a screening, and the result the server scored. */
export const screeningResponses = pgTable(
  'screening_responses',
  {
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screenings.id),
    position: integer('position').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** Kept as scored: a newer instrument version never changes an old screening's result. */
    result: jsonb('result').$type<ScreeningResult>().notNull(),
    outcome: text('outcome').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.screeningId, table.position] }),
    foreignKey({
      columns: [table.instrumentId, table.instrumentVersion],
      foreignColumns: [screeningInstruments.id, screeningInstruments.version],
    }),
    index('screening_responses_instrument_idx').on(table.instrumentId, table.instrumentVersion),
  ],
);

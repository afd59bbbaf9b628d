import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, recordTimes, rowId } from './columns';
import { agencies, agencyRef, userRef, users } from './identity';

/**
 * A survivor's complaint about how an agency treated them (issue #20). Handled by an officer of another
 * agency (a CHECK in migration 0038); read without a session only by the holder of its receipt code.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: rowId(),
    /** Keyed hash of the receipt code; the code itself is shown once to the complainant. */
    receiptHash: text('receipt_hash').notNull().unique(),
    concernedAgencyId: agencyRef('concerned_agency_id'),
    handlingAgencyId: uuid('handling_agency_id').references(() => agencies.id),
    officerId: uuid('officer_id').references(() => users.id),
    category: text('category').notNull(),
    descriptionSealed: text('description_sealed').notNull(),
    contactSealed: text('contact_sealed'),
    channel: text('channel').$type<'public' | 'worker'>().notNull(),
    filedBy: uuid('filed_by').references(() => users.id),
    status: text('status')
      .$type<'received' | 'in_review' | 'responded' | 'closed'>()
      .notNull()
      .default('received'),
    receivedAt: instant('received_at').notNull().defaultNow(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    responseSealed: text('response_sealed'),
    respondedAt: instant('responded_at'),
    closedAt: instant('closed_at'),
    ...recordTimes(),
  },
  (table) => [
    index('complaints_handling_idx').on(table.handlingAgencyId, table.status, table.dueOn),
    index('complaints_officer_idx').on(table.officerId, table.status),
  ],
);

/** What the officer did about a complaint, in order; notes sealed. */
export const complaintActions = pgTable(
  'complaint_actions',
  {
    id: rowId(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    step: text('step').notNull(),
    noteSealed: text('note_sealed'),
    actedBy: userRef('acted_by'),
    actedAt: instant('acted_at').notNull().defaultNow(),
  },
  (table) => [index('complaint_actions_complaint_idx').on(table.complaintId, table.actedAt)],
);

/** A story while it is written and reviewed: tied to its case and agency, text and consent sealed. */
export const storyDrafts = pgTable(
  'story_drafts',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: agencyRef('agency_id'),
    recordedBy: userRef('recorded_by'),
    status: text('status').$type<'draft' | 'submitted' | 'returned'>().notNull().default('draft'),
    textSealed: text('text_sealed').notNull(),
    consentSealed: text('consent_sealed').notNull(),
    themes: text('themes').array().notNull(),
    reviewerNote: text('reviewer_note'),
    submittedAt: instant('submitted_at'),
    ...recordTimes(),
  },
  (table) => [
    index('story_drafts_case_idx').on(table.caseId),
    index('story_drafts_review_idx').on(table.agencyId, table.status),
  ],
);

/**
 * An approved story: no case id, no agency, no author. `caseRef` is a keyed hash of the case id, kept only so
 * that a withdrawal from the case can find it; readers are never answered it.
 */
export const stories = pgTable(
  'stories',
  {
    id: rowId(),
    textSealed: text('text_sealed').notNull(),
    themes: text('themes').array().notNull(),
    audiences: text('audiences').array().notNull(),
    caseRef: text('case_ref').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('stories_case_ref_idx').on(table.caseRef)],
);

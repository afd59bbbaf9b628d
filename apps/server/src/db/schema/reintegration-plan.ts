import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, rowId } from './columns';
import { agencyRef, userRef } from './identity';
import { reintegrationVisits } from './reintegration';

/**
 * One item of a case's reintegration plan (issue #18): a support type (its domain follows from it), the agency
 * responsible, a target day, a status, and an outcome note that is sealed (it is about the person). Row-level
 * security as for the follow-up visits (migration 0031).
 */
export const reintegrationPlanItems = pgTable(
  'reintegration_plan_items',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    domain: text('domain').notNull(),
    supportType: text('support_type').notNull(),
    agencyId: agencyRef('agency_id'),
    targetOn: date('target_on').notNull(),
    status: text('status').notNull(),
    outcomeNoteSealed: text('outcome_note_sealed'),
    createdBy: userRef('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedBy: userRef('updated_by'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [index('reintegration_plan_items_case_idx').on(table.caseId, table.targetOn)],
);

/**
 * How the person earns a living, recorded at a follow-up visit or on its own: codes only (employment status,
 * monthly income band, loan status), no free text. Kept as recorded: a change is a new row.
 */
export const livelihoodOutcomes = pgTable(
  'livelihood_outcomes',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    visitId: uuid('visit_id').references(() => reintegrationVisits.id),
    recordedOn: date('recorded_on').notNull(),
    employmentStatus: text('employment_status').notNull(),
    incomeBand: text('income_band').notNull(),
    loanStatus: text('loan_status').notNull(),
    recordedBy: userRef('recorded_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('livelihood_outcomes_case_idx').on(table.caseId, table.recordedOn)],
);

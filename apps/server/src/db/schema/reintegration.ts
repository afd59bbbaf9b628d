import type { DimensionScore } from '@lantern/domain';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, rowId } from './columns';
import { userRef } from './identity';

/**
 * The follow-up visits of a case after the person's return (issue #18): one row per planned visit, written
 * when the case worker starts the follow-up. Row-level security as for the case's tasks (migration 0028).
 */
export const reintegrationVisits = pgTable(
  'reintegration_visits',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** Months after the reference day: 1, 3, 6, 12. */
    months: integer('months').notNull(),
    /** The day the schedule counts from (the return, else the day the case was received). */
    referenceOn: date('reference_on').notNull(),
    dueOn: date('due_on').notNull(),
    createdBy: userRef('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('reintegration_visits_case_months_idx').on(table.caseId, table.months)],
);

/**
 * A scored assessment at one visit. The answers say how the person lives and feels, so they are sealed
 * (bound to the row id); the scores are numbers in 0–1, kept in the clear for the chart and indicators.
 * The instrument version is recorded: scores are only comparable with the weights they were made with.
 */
export const reintegrationAssessments = pgTable(
  'reintegration_assessments',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => reintegrationVisits.id),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    visitedOn: date('visited_on').notNull(),
    answersSealed: text('answers_sealed').notNull(),
    dimensionScores: jsonb('dimension_scores').$type<DimensionScore[]>().notNull(),
    composite: doublePrecision('composite'),
    recordedBy: userRef('recorded_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('reintegration_assessments_visit_idx').on(table.visitId),
    index('reintegration_assessments_case_idx').on(table.caseId, table.visitedOn),
  ],
);

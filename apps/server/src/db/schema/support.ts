import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseAttachments } from './case-work';
import { cases } from './cases';
import { instant, recordTimes, rowId } from './columns';
import { agencyRef, userRef, users } from './identity';

// Support under Law 53/2024/QH15 (issue #18; migration 0027). Amounts are whole dong in bigint columns,
// read as JavaScript numbers: MAX_VND keeps every amount and sum exact.
const vnd = <N extends string>(name: N) => bigint(name, { mode: 'number' });

/**
 * Monetary rates and ceilings per regime, as an administrator enters them from the official instruments; a
 * change is a new row with a later effective date, so a past delivery is always read against its own rate.
 */
export const supportRates = pgTable(
  'support_rates',
  {
    id: rowId(),
    regime: text('regime').notNull(),
    amountVnd: vnd('amount_vnd'),
    ceilingVnd: vnd('ceiling_vnd'),
    unit: text('unit'),
    effectiveFrom: date('effective_from').notNull(),
    effectiveUntil: date('effective_until'),
    legalBasis: text('legal_basis'),
    /** Illustrative values, never official: shown as such wherever a rate is shown. */
    example: boolean('example').notNull().default(false),
    createdBy: userRef('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('support_rates_regime_idx').on(table.regime, table.effectiveFrom)],
);

export interface PlannedService {
  regime: string;
  agencyId: string | null;
  referralId: string | null;
  /** Sealed: a service's note may name people. */
  noteSealed: string | null;
}

/** A case's support plan (HTCDS spl_*): type, objectives (sealed), planned services, dates. */
export const supportPlans = pgTable(
  'support_plans',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    planType: text('plan_type').notNull(),
    objectivesSealed: text('objectives_sealed').notNull(),
    services: jsonb('services').$type<PlannedService[]>().notNull().default([]),
    startOn: date('start_on').notNull(),
    plannedEndOn: date('planned_end_on'),
    reviewOn: date('review_on'),
    actualEndOn: date('actual_end_on'),
    status: text('status').$type<'active' | 'closure_requested' | 'closed'>().notNull().default('active'),
    createdBy: userRef('created_by'),
    ...recordTimes(),
  },
  (table) => [index('support_plans_case_idx').on(table.caseId, table.startOn)],
);

/** What was given: a regime's service on a day, by an agency, recorded by a user; money needs approval. */
export const supportDeliveries = pgTable(
  'support_deliveries',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    planId: uuid('plan_id').references(() => supportPlans.id),
    regime: text('regime').notNull(),
    deliveredOn: date('delivered_on').notNull(),
    agencyId: agencyRef('agency_id'),
    recordedBy: userRef('recorded_by'),
    quantity: integer('quantity').notNull().default(1),
    amountVnd: vnd('amount_vnd'),
    noteSealed: text('note_sealed'),
    status: text('status').$type<'recorded' | 'draft' | 'pending' | 'approved' | 'rejected'>().notNull(),
    correctsId: uuid('corrects_id'),
    ...recordTimes(),
  },
  (table) => [index('support_deliveries_case_idx').on(table.caseId, table.deliveredOn)],
);

/** A request for a supervisor's decision (two-person rule): on a delivery's money or on a plan's closure. */
export const supportApprovals = pgTable(
  'support_approvals',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The agency that owns the case when asked: its supervisors decide. */
    agencyId: agencyRef('agency_id'),
    kind: text('kind').$type<'delivery' | 'plan_closure'>().notNull(),
    deliveryId: uuid('delivery_id').references(() => supportDeliveries.id),
    planId: uuid('plan_id').references(() => supportPlans.id),
    status: text('status').$type<'pending' | 'approved' | 'rejected'>().notNull().default('pending'),
    requestedBy: userRef('requested_by'),
    requestedAt: instant('requested_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: instant('decided_at'),
    /** Sealed: the closure's or the rejection's reason may name people. */
    reasonSealed: text('reason_sealed'),
  },
  (table) => [
    index('support_approvals_agency_idx').on(table.agencyId, table.status, table.requestedAt),
    index('support_approvals_case_idx').on(table.caseId),
  ],
);

/**
 * Evidence of a delivery (a receipt, a signed acknowledgement): a case attachment linked to it (migration 0032).
 * The database refuses to unlink the evidence of money waiting for a decision or approved.
 */
export const supportDeliveryEvidence = pgTable(
  'support_delivery_evidence',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => supportDeliveries.id),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => caseAttachments.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    linkedBy: userRef('linked_by'),
    linkedAt: instant('linked_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.deliveryId, table.attachmentId] }),
    index('support_delivery_evidence_case_idx').on(table.caseId),
  ],
);

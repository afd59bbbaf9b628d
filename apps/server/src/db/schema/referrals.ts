import type {
  PathwayNames,
  PathwayStep,
  ReferralKind,
  ReferralSection,
  ReferralStatus,
  ReferralUrgency,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant, recordTimes, rowId } from './columns';
import { agencies, agencyRef, userRef, users } from './identity';
import { screenings } from './screening';

/**
 * One agency asks another (its inbox, not a named person) to provide services to the person of a case. While
 * it is open (sent, accepted, in progress) the recipient reads the case — the sections the sender chose, within
 * the person's sharing consent — through one more arm of the case visibility rule (migration 0020). Free text
 * is sealed in the application (`…Sealed`); codes stay in the clear for inboxes and statistics.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: rowId(),
    /** Null for a screening referral (kind 'screening'): there is no case yet (migration 0021). */
    caseId: uuid('case_id').references(() => cases.id),
    /** The case's pseudonymous code, so both inboxes name the case after the recipient's access ends. */
    caseCode: text('case_code'),
    /** The anonymous screening handed to the agency that must act on it (kind 'screening' only). */
    screeningId: uuid('screening_id').references(() => screenings.id),
    /** The person's consent to pass the screening on: who gave it ('person' | 'guardian'), how, when. */
    screeningConsentBy: text('screening_consent_by').$type<'person' | 'guardian'>(),
    screeningConsentMethod: text('screening_consent_method').$type<'verbal' | 'written'>(),
    screeningConsentAt: instant('screening_consent_at'),
    fromAgencyId: agencyRef('from_agency_id'),
    /** Null for an organisation outside Lantern (off-system referral), named in `externalOrg`. */
    toAgencyId: uuid('to_agency_id').references(() => agencies.id),
    externalOrg: text('external_org'),
    externalOrgType: text('external_org_type'),
    externalContactSealed: text('external_contact_sealed'),
    /** 'services', or 'transfer': the recipient takes the case over when it accepts. */
    kind: text('kind').$type<ReferralKind>().notNull().default('services'),
    services: text('services').array().notNull(),
    urgency: text('urgency').$type<ReferralUrgency>().notNull(),
    reason: text('reason').notNull(),
    messageSealed: text('message_sealed'),
    sections: text('sections').array().$type<ReferralSection[]>().notNull().default([]),
    status: text('status').$type<ReferralStatus>().notNull().default('sent'),
    endedBecause: text('ended_because').$type<'sender' | 'consent_withdrawn'>(),
    /** Sent without a sharing consent covering the recipient: the reason is sealed and audited. */
    consentOverridden: boolean('consent_overridden').notNull().default(false),
    overrideReasonSealed: text('override_reason_sealed'),
    sentBy: userRef('sent_by'),
    respondBy: instant('respond_by').notNull(),
    completeBy: instant('complete_by').notNull(),
    answeredAt: instant('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id),
    declineReason: text('decline_reason'),
    declineNoteSealed: text('decline_note_sealed'),
    outcome: text('outcome'),
    outcomeNoteSealed: text('outcome_note_sealed'),
    revokeNoteSealed: text('revoke_note_sealed'),
    closedAt: instant('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    escalationLevel: integer('escalation_level').notNull().default(0),
    /** Made by starting a coordination pathway: its run and step (0-based). */
    pathwayRunId: uuid('pathway_run_id'),
    pathwayStep: integer('pathway_step'),
    escalatedAt: instant('escalated_at'),
    /** The declined or expired referral this one re-routes (migration 0029); one re-route each. */
    reroutedFrom: uuid('rerouted_from'),
    /** Off-system: when the escalation run reminded the sender that no outcome was recorded by the deadline. */
    senderRemindedAt: instant('sender_reminded_at'),
    ...recordTimes(),
  },
  (table) => [
    index('referrals_incoming_idx').on(table.toAgencyId, table.status, table.respondBy),
    index('referrals_outgoing_idx').on(table.fromAgencyId, table.status, table.createdAt),
    index('referrals_case_idx').on(table.caseId, table.toAgencyId),
    // Outcomes recorded recently, for the data-quality panel's late entries (migration 0045).
    index('referrals_outcome_closed_idx').on(table.closedAt).where(sql`${table.outcome} is not null`),
    // An agency's open referrals in the order its inbox and sent list show them (migration 0051).
    // The other side's agency is included (in the SQL) so that the policy's check and a bounded count need
    // no heap visit; drizzle's index builder does not state INCLUDE.
    index('referrals_inbox_open_idx')
      .on(table.toAgencyId, table.respondBy, table.id)
      .where(sql`${table.status} in ('sent', 'accepted', 'in_progress')`),
    index('referrals_outbox_open_idx')
      .on(table.fromAgencyId, table.createdAt, table.id)
      .where(sql`${table.status} in ('sent', 'accepted', 'in_progress')`),
    index('referrals_open_due_idx')
      .on(table.completeBy)
      .where(sql`${table.status} in ('sent', 'accepted', 'in_progress')`),
    // The escalation run's order: when each open referral that can still move next falls due (migration 0053).
    index('referrals_escalation_due_idx')
      .on(
        sql`(case when ${table.status} = 'sent' and ${table.escalationLevel} < 2 then least(${table.respondBy}, ${table.completeBy}) else ${table.completeBy} end)`,
      )
      .where(
        sql`${table.status} in ('sent', 'accepted', 'in_progress') and (${table.escalationLevel} < 2 or ${table.status} = 'sent')`,
      ),
  ],
);

/**
 * A service an agency publishes in the directory: where, for whom, how much room there is now, when and in
 * which languages. Empty arrays mean "no restriction" (any sex, any nationality); no provinces means the
 * agency's own province.
 */
export const agencyServices = pgTable(
  'agency_services',
  {
    id: rowId(),
    agencyId: agencyRef('agency_id'),
    serviceCode: text('service_code').notNull(),
    provinceCodes: text('province_codes').array().notNull().default([]),
    sexes: text('sexes').array().notNull().default([]),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    acceptsForeigners: boolean('accepts_foreigners').notNull().default(true),
    capacityTotal: integer('capacity_total'),
    capacityFree: integer('capacity_free'),
    hours: text('hours'),
    languages: text('languages').array().notNull().default([]),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    updatedBy: userRef('updated_by'),
    ...recordTimes(),
  },
  (table) => [
    uniqueIndex('agency_services_agency_service_idx').on(table.agencyId, table.serviceCode),
    index('agency_services_service_idx').on(table.serviceCode),
  ],
);

/** A province's (or, without a province, the nation's) standard sequence of referrals: steps as data. */
export const referralPathways = pgTable('referral_pathways', {
  id: rowId(),
  provinceCode: text('province_code'),
  names: jsonb('names').$type<PathwayNames>().notNull(),
  steps: jsonb('steps').$type<PathwayStep[]>().notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by').references(() => users.id),
  ...recordTimes(),
});

/** A pathway started on a case: its referrals carry the run's id and their step. */
export const casePathwayRuns = pgTable('case_pathway_runs', {
  id: rowId(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  pathwayId: uuid('pathway_id')
    .notNull()
    .references(() => referralPathways.id),
  startedBy: userRef('started_by'),
  startedAt: instant('started_at').notNull().defaultNow(),
});

/**
 * The answer and completion windows of one urgency, as an administrator set them (migration 0029). Without a
 * row the built-in defaults of the domain package apply.
 */
export const referralWindowSettings = pgTable('referral_windows', {
  urgency: text('urgency').$type<ReferralUrgency>().primaryKey(),
  respondHours: integer('respond_hours').notNull(),
  completeHours: integer('complete_hours').notNull(),
  updatedBy: userRef('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

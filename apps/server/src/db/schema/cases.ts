import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant, recordTimes, rowId } from './columns';
import { agencyRef, userRef, users } from './identity';

/**
 * A person met by an agency. Everything that identifies them is one sealed JSON document (AES-256-GCM under
 * a data key, bound to the row id), so a copy of the database shows no name, date of birth, phone or document
 * number. The columns in the clear are the non-identifying profile used for lists and statistics.
 */
export const persons = pgTable(
  'persons',
  {
    id: rowId(),
    ownerAgencyId: agencyRef('owner_agency_id'),
    /** Sealed PersonIdentity (see modules/cases/person-identity.ts). */
    identitySealed: text('identity_sealed').notNull(),
    sex: text('sex'),
    ageBand: text('age_band'),
    /** Two-digit code of the GSO list of peoples (vocabulary `ethnicity`). */
    ethnicity: text('ethnicity'),
    nationality: text('nationality'),
    languages: text('languages').array().notNull().default([]),
    educationLevel: text('education_level'),
    maritalStatus: text('marital_status'),
    childrenCount: integer('children_count'),
    homeProvinceCode: text('home_province_code'),
    homeCommuneCode: text('home_commune_code'),
    createdBy: userRef('created_by'),
    ...recordTimes(),
  },
  (table) => [
    index('persons_owner_idx').on(table.ownerAgencyId),
    // Checked on every insert and update; rows stored before migration 0016 are not (NOT VALID).
    check('persons_ethnicity_gso_code', sql`${table.ethnicity} ~ '^[0-9]{2}$'`),
  ],
);

/** Blind index: keyed HMACs of the matcher's candidate keys. Nothing here can be read back into a name. */
export const personMatchKeys = pgTable(
  'person_match_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    keyHash: text('key_hash').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.keyHash, table.personId] }),
    index('person_match_keys_person_idx').on(table.personId),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: rowId(),
    /** Pseudonymous, shown to everyone who may know the case exists: "LT-42-2026-000123". */
    code: text('code').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    ownerAgencyId: agencyRef('owner_agency_id'),
    /** The province of the owning agency, for provincial coordination scopes. */
    provinceCode: text('province_code').notNull(),
    state: text('state').notNull(),
    stateChangedAt: instant('state_changed_at').notNull().defaultNow(),
    closedFrom: text('closed_from'),
    closureReason: text('closure_reason'),
    receivedOn: date('received_on').notNull(),
    /** HTCDS trafficking status and the decision behind it. */
    traffickingStatus: text('trafficking_status').notNull(),
    statusDecidedBy: text('status_decided_by'),
    statusDecidedOn: date('status_decided_on'),
    statusLegalBasis: text('status_legal_basis'),
    /** The 2024 Law's subject category (vn-subject-category). */
    subjectCategory: text('subject_category'),
    intakeRoute: text('intake_route').notNull(),
    exploitationTypes: text('exploitation_types').array().notNull().default([]),
    controlMethods: text('control_methods').array().notNull().default([]),
    recruitmentMethods: text('recruitment_methods').array().notNull().default([]),
    recruitmentPlatforms: text('recruitment_platforms').array().notNull().default([]),
    relationshipToRecruiter: text('relationship_to_recruiter'),
    /** Recruitment, transit, exploitation and return places and dates (codes only). */
    journey: jsonb('journey').$type<CaseJourney>().notNull().default({}),
    screeningIds: uuid('screening_ids').array().notNull().default([]),
    /** Set when the registering user chose to register despite a probable duplicate. */
    duplicateOverride: jsonb('duplicate_override').$type<{ candidates: string[]; at: string }>(),
    createdBy: userRef('created_by'),
    ...recordTimes(),
  },
  (table) => [
    index('cases_owner_state_idx').on(table.ownerAgencyId, table.state, table.receivedOn),
    index('cases_province_idx').on(table.provinceCode, table.receivedOn),
    index('cases_person_idx').on(table.personId),
    // Cases a user registered in an agency they have since left stay theirs to see (the registrant scope).
    index('cases_creator_idx').on(table.createdBy),
  ],
);

export interface JourneyStop {
  country?: string;
  provinceCode?: string;
  communeCode?: string;
  from?: string;
  to?: string;
}
export interface CaseJourney {
  recruitment?: JourneyStop;
  transit?: JourneyStop[];
  exploitation?: JourneyStop[];
  returnedOn?: string;
  returnRoute?: string;
}

/** Per-province, per-year sequence behind the case codes. */
export const caseCodeCounters = pgTable(
  'case_code_counters',
  {
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.year] })],
);

/** The case's timeline: every change, as codes (never the identifying values themselves). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: rowId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    at: instant('at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    kind: text('kind').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (table) => [index('case_events_case_idx').on(table.caseId, table.at)],
);

import {
  type AnyPgColumn,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { rowId } from './columns';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A required reference to the agency a row belongs to. */
export const agencyRef = <N extends string>(name: N) =>
  uuid(name)
    .notNull()
    .references(() => agencies.id);

/** A required reference to a user: who the row is about, or who made or asked for it. */
export const userRef = <N extends string>(name: N) =>
  uuid(name)
    .notNull()
    .references(() => users.id);

export const agencyTypes = pgTable('agency_types', {
  code: text('code').primaryKey(),
  /** Labels for types added by administrators; seeded types take theirs from the translation catalogue. */
  labels: jsonb('labels').$type<Partial<Record<'vi' | 'en' | 'ar', string>>>(),
  /** Whether its agencies do case work; those that do not hand what they register to one that does. */
  carriesCases: boolean('carries_cases').notNull().default(true),
  createdAt: createdAt(),
});

export const agencies = pgTable('agencies', {
  id: rowId(),
  name: text('name').notNull(),
  typeCode: text('type_code')
    .notNull()
    .references(() => agencyTypes.code),
  /** Current (2025) province code; agencies are located in today's units. */
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code'),
  parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** Whether a search that finds a record this agency holds may name it and its public contact. */
  disclosesAsHolder: boolean('discloses_as_holder').notNull().default(true),
  createdAt: createdAt(),
});

export const offices = pgTable('offices', {
  id: rowId(),
  agencyId: agencyRef('agency_id'),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const roles = pgTable('roles', {
  id: rowId(),
  code: text('code').notNull().unique(),
  permissions: text('permissions').array().notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: rowId(),
    agencyId: agencyRef('agency_id'),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id; null until the user has set a password through their one-time link. */
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** TOTP secret, encrypted by the application (lib/secret-box.ts). */
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    /** The last accepted TOTP time step: a code is accepted once only. */
    totpLastStep: integer('totp_last_step'),
    /** Demo accounts may skip MFA, and only while the installation is in demo mode. */
    demo: boolean('demo').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('users_username_key').on(table.username)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: userRef('user_id'),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
  },
  (table) => [primaryKey({ columns: [table.userId, table.roleId] })],
);

export const userOffices = pgTable(
  'user_offices',
  {
    userId: userRef('user_id'),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
  },
  (table) => [primaryKey({ columns: [table.userId, table.officeId] })],
);

export const recoveryCodes = pgTable('recovery_codes', {
  id: rowId(),
  userId: userRef('user_id'),
  codeHash: text('code_hash').notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: rowId(),
    userId: userRef('user_id'),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    stage: text('stage').$type<'mfa_required' | 'mfa_enrolment' | 'active'>().notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [uniqueIndex('sessions_token_hash_key').on(table.tokenHash)],
);

export const passwordSetupTokens = pgTable('password_setup_tokens', {
  id: rowId(),
  userId: userRef('user_id'),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

/** Time-limited access outside one's scope, given with a written reason (break-the-glass). */
export const accessGrants = pgTable('access_grants', {
  id: rowId(),
  userId: userRef('user_id'),
  resourceType: text('resource_type').notNull(),
  resourceId: uuid('resource_id').notNull(),
  /** Emergency/safety, continuity of care, legal request or other: the part of the reason kept in the clear. */
  category: text('category'),
  /** The user's own words, sealed (`access-grant:<id>:reason`); they name people. */
  reasonSealed: text('reason_sealed'),
  /** Only ever null now: clear reasons from before migration 0013 were dropped. */
  reason: text('reason'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

export const notifications = pgTable('notifications', {
  id: rowId(),
  userId: userRef('user_id'),
  kind: text('kind').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  readAt: timestamp('read_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** A reset of someone else's password or second factor, performed only once a second person approves it. */
export const accountResetRequests = pgTable('account_reset_requests', {
  id: rowId(),
  userId: userRef('user_id'),
  kind: text('kind').$type<'password' | 'mfa'>().notNull(),
  status: text('status')
    .$type<'pending' | 'performed' | 'refused' | 'expired'>()
    .notNull()
    .default('pending'),
  requestedBy: userRef('requested_by'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
});

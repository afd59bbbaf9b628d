import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './identity';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Informed consent, one row per purpose. Sharing consent names agencies or agency types; a withdrawal takes
 * effect at once because every sharing check reads the current rows. For a child, the guardian consents and
 * the child's own assent is recorded beside it.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    purpose: text('purpose').$type<'services' | 'sharing' | 'contact' | 'statistics'>().notNull(),
    /** For sharing: which agencies and agency types the person agreed to. */
    sharingAgencyIds: uuid('sharing_agency_ids').array().notNull().default([]),
    sharingAgencyTypes: text('sharing_agency_types').array().notNull().default([]),
    method: text('method').$type<'signed_form' | 'verbal_witnessed'>().notNull(),
    /** Sealed: the witness is a person too. */
    witnessSealed: text('witness_sealed'),
    formAttachmentId: uuid('form_attachment_id'),
    language: text('language').notNull(),
    obtainedOn: date('obtained_on').notNull(),
    obtainedBy: uuid('obtained_by')
      .notNull()
      .references(() => users.id),
    givenBy: text('given_by').$type<'person' | 'guardian'>().notNull(),
    childAssent: boolean('child_assent'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, precision: 3 }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('consents_case_idx').on(table.caseId, table.purpose)],
);

/** Case notes are sealed; a restricted note is readable only by the roles it names. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    sensitivity: text('sensitivity').$type<'normal' | 'restricted'>().notNull(),
    restrictedToRoles: text('restricted_to_roles').array().notNull().default([]),
    bodySealed: text('body_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('case_notes_case_idx').on(table.caseId, table.createdAt)],
);

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When the assignee was reminded on the due day, and told it became overdue: each once (migration 0022). */
    remindedAt: timestamp('reminded_at', { withTimezone: true, precision: 3 }),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index('case_tasks_case_idx').on(table.caseId, table.dueOn),
    index('case_tasks_assignee_open_idx')
      .on(table.assigneeId, table.dueOn)
      .where(sql`${table.doneAt} is null`),
    index('case_tasks_due_open_idx')
      .on(table.dueOn)
      .where(sql`${table.doneAt} is null and ${table.assigneeId} is not null`),
  ],
);

/** Documents and photos, sealed whole; the type is sniffed from the content, never taken from the client. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<'document' | 'photo' | 'consent_form'>().notNull(),
    fileNameSealed: text('file_name_sealed').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('case_attachments_case_idx').on(table.caseId)],
);

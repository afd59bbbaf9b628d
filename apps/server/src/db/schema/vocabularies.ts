import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';

type Labels = Record<'vi' | 'en' | 'ar', string>;

/**
 * Values administrators add to a built-in vocabulary (namespace "local"). The built-in codes live in the
 * domain package and never in this table, so an HTCDS code cannot be changed here. A value is retired,
 * never deleted: records that hold its code must keep reading it.
 */
export const vocabularyLocalValues = pgTable(
  'vocabulary_local_values',
  {
    id: uuid('id').primaryKey(),
    /** A vocabulary id of the domain package ("online-platform"). */
    vocabularyId: text('vocabulary_id').notNull(),
    /** "local." and a name; never changes once created. */
    code: text('code').notNull(),
    labels: jsonb('labels').$type<Labels>().notNull(),
    description: jsonb('description').$type<Partial<Labels>>(),
    /** The HTCDS code this value is exported as; "Other" (where the list has it) when null. */
    htcdsExport: text('htcds_export'),
    /** False once retired: no longer offered for new entries, still shown for records that hold it. */
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Codes differ by more than case, as validateLocalValues requires; retired codes stay taken.
    uniqueIndex('vocabulary_local_values_code_key').on(table.vocabularyId, sql`lower(${table.code})`),
    check('vocabulary_local_values_code_form', sql`${table.code} ~ '^local\\.[A-Za-z][A-Za-z0-9_-]*$'`),
    check('vocabulary_local_values_labels_complete', sql`${table.labels} ?& array['vi', 'en', 'ar']`),
  ],
);

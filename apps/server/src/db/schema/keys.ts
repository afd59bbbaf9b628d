import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Data keys for envelope encryption, each wrapped (AES-256-GCM) by the master key, which is never stored
 * here. A stolen database therefore holds only ciphertexts and wrapped keys (see lib/key-ring.ts).
 */
export const dataKeys = pgTable('data_keys', {
  id: text('id').primaryKey(),
  purpose: text('purpose').$type<'encryption' | 'index' | 'derivation'>().notNull(),
  wrapped: text('wrapped').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  rewrappedAt: timestamp('rewrapped_at', { withTimezone: true, precision: 3 }),
});

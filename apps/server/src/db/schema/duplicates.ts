import { index, jsonb, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { persons } from './cases';
import { users } from './identity';

/**
 * Probable and possible duplicates found by the matcher, for supervisors to decide. A merge links the two
 * records as the same person (each agency keeps its own case); un-merging removes the link. Nothing is
 * deleted, so every decision can be reversed, and every decision is audited.
 */
export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey(),
    /** The pair in a fixed order (personA < personB), so it is found once. */
    personA: uuid('person_a')
      .notNull()
      .references(() => persons.id),
    personB: uuid('person_b')
      .notNull()
      .references(() => persons.id),
    score: real('score').notNull(),
    band: text('band').$type<'probable' | 'possible'>().notNull(),
    reasons: jsonb('reasons').$type<Array<{ code: string; weight: number }>>().notNull(),
    status: text('status').$type<'open' | 'merged' | 'dismissed'>().notNull().default('open'),
    foundAt: timestamp('found_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [
    unique('duplicate_pair_unique').on(table.personA, table.personB),
    index('duplicate_status_idx').on(table.status),
  ],
);

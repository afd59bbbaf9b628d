import type { IndicatorDefinition } from '@lantern/domain';
import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { userRef, users } from './identity';

/**
 * Administrators' own indicators (issue #19, migration 0046): a definition in the seeded catalogue's shape,
 * stored as data. Retired ones keep their row so that their code is never reused.
 */
export const customIndicators = pgTable('custom_indicators', {
  code: text('code').primaryKey(),
  definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
  definedBy: userRef('defined_by'),
  definedAt: instant('defined_at').notNull().defaultNow(),
  changedBy: uuid('changed_by').references(() => users.id),
  changedAt: instant('changed_at'),
  retiredAt: instant('retired_at'),
});

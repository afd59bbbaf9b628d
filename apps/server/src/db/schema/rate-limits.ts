import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Hits counted by every rate limit (db/rate-limits.ts): one row per limit and counted key. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    hits: integer('hits').notNull(),
    lastHitAt: timestamp('last_hit_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.key] }),
    index('rate_limit_hits_expiry').on(table.expiresAt),
  ],
);

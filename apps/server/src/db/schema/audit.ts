import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only (the request role may insert and read, never change or delete; a trigger
 * refuses changes even from the owner) and hash-chained (each event's hash covers the previous one's).
 * Events hold who, what, which record, when and from where — never the personal data itself.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorAgencyId: uuid('actor_agency_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    outcome: text('outcome').$type<'success' | 'failure' | 'denied'>().notNull(),
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    /** The database transaction that wrote the event; the audit guard trigger looks for it. */
    txId: bigint('tx_id', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_events_resource_idx').on(table.resourceType, table.resourceId, table.seq),
    index('audit_events_actor_idx').on(table.actorUserId, table.seq),
    index('audit_events_tx_idx').on(table.txId),
  ],
);

/** The head of the hash chain; locking its row serialises appends so the chain never forks. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

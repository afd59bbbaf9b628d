import type { AuditOutcome } from '@lantern/domain';
import { sql } from 'drizzle-orm';
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
    /** The event's number, from a sequence: the order events were written in, not the chain order. */
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorAgencyId: uuid('actor_agency_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    /** The database transaction that wrote the event; the audit guard trigger looks for it. */
    txId: bigint('tx_id', { mode: 'number' }).notNull(),
    /** Only on events written before the ledger (migration 0017); their links are also in audit_chain. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (table) => [
    index('audit_events_resource_idx').on(table.resourceType, table.resourceId, table.seq),
    index('audit_events_actor_idx').on(table.actorUserId, table.seq),
    index('audit_events_tx_idx').on(table.txId),
    index('audit_events_unsuccessful_idx')
      .on(table.outcome, table.seq)
      .where(sql`${table.outcome} <> 'success'`),
  ],
);

/** The sealer's head: the last chained position (`seq`) and its hash. Only sealers lock it; requests never do. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** Committed events waiting for the sealer; a row is deleted in the transaction that chains its event. */
export const auditPendingSeal = pgTable('audit_pending_seal', {
  eventId: uuid('event_id').primaryKey(),
});

/** The hash chain, one link per event in the sealer's order: hash = H(previous link's hash, event as stored). */
export const auditChain = pgTable('audit_chain', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventId: uuid('event_id').notNull().unique(),
  hash: text('hash').notNull(),
});

/** One block per sealing run, its head sealed with a MAC under a key that is not in the database. */
export const auditBlocks = pgTable('audit_blocks', {
  block: bigint('block', { mode: 'number' }).primaryKey(),
  firstPosition: bigint('first_position', { mode: 'number' }).notNull(),
  lastPosition: bigint('last_position', { mode: 'number' }).notNull(),
  headHash: text('head_hash').notNull(),
  prevMac: text('prev_mac').notNull(),
  mac: text('mac').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});

import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { newId } from '../lib/ids';
import type { ChainedEvent } from './chained-event';
import { storableEvent } from './storable-event';

/** An event as a writer supplies it: everything but its number, which the database gives it. */
export type NewEvent = Omit<ChainedEvent, 'seq'>;

/**
 * The one statement that writes an audit event: the event (numbered by a sequence, so no shared row is
 * locked and concurrent requests never wait for each other) and its place in the sealer's queue. The
 * event is stored in the form PostgreSQL keeps (`storableEvent`), which is the form the sealer hashes.
 */
export function appendEventStatement(input: NewEvent): SQL {
  const event = storableEvent({ ...input, seq: 0 });
  const id = newId();
  return sql`
    with appended as (
      insert into audit_events (id, occurred_at, actor_user_id, actor_agency_id, action, resource_type,
        resource_id, outcome, reason, ip, user_agent, request_id, details, tx_id)
      values (${id}, ${event.occurredAt.toISOString()}, ${event.actorUserId}, ${event.actorAgencyId},
        ${event.action}, ${event.resourceType}, ${event.resourceId}, ${event.outcome}, ${event.reason},
        ${event.ip}, ${event.userAgent}, ${event.requestId},
        ${event.details ? JSON.stringify(event.details) : null}::jsonb, txid_current()))
    insert into audit_pending_seal (event_id) values (${id})`;
}

const dialect = new PgDialect();

/** The same statement as text and parameters, for connections that are not Drizzle's (the owner's). */
export function appendEventQuery(input: NewEvent): { text: string; params: unknown[] } {
  const query = dialect.sqlToQuery(appendEventStatement(input));
  return { text: query.sql, params: query.params };
}

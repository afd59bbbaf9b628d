import { sql } from 'drizzle-orm';
import type { ChainedEvent } from './chained-event';

/** An event's columns as both the sealer and the verifier read them (time in UTC to the millisecond). */
export const EVENT_COLUMNS = sql`
  e.seq::text as seq_text,
  to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
  e.actor_user_id::text as actor_user_id, e.actor_agency_id::text as actor_agency_id, e.action,
  e.resource_type, e.resource_id, e.outcome, e.reason, e.ip, e.user_agent, e.request_id, e.details`;

export interface EventRow {
  seq_text: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  reason: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, unknown> | null;
}

/** The event exactly as read back, which is what its link's hash covers. */
export function toChainedEvent(row: EventRow): ChainedEvent {
  return {
    seq: Number(row.seq_text),
    occurredAt: new Date(row.occurred_at),
    actorUserId: row.actor_user_id,
    actorAgencyId: row.actor_agency_id,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    outcome: row.outcome,
    reason: row.reason,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    details: row.details,
  };
}

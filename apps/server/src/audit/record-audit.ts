import { sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import type { Tx } from '../db/types';
import { newId } from '../lib/ids';
import { sealEvent } from './chain';

export interface AuditInput {
  /** What happened, as `<area>.<verb>`: "auth.sign_in", "admin.user.create", "case.view_identity". */
  action: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  /** A reason the user gave (break-the-glass, a refusal); never personal data about a victim. */
  reason?: string;
  /** Codes and counts only (field names changed, role codes); never names, documents or free text about people. */
  details?: Record<string, string | number | boolean | null>;
  /** For events before anyone is signed in (a failed sign-in): the account concerned, if known. */
  actorUserId?: string | null;
  actorAgencyId?: string | null;
}

/**
 * Writes one audit event inside the caller's transaction: if the event cannot be written, the action
 * it describes does not happen either. Appends are serialised on the chain head so the hash chain
 * never forks.
 */
export async function recordAudit(tx: Tx, ctx: RequestContext, input: AuditInput): Promise<void> {
  const [head] = await queryRows<{ seq: string; hash: string }>(
    tx,
    sql`select seq::text as seq, hash from audit_chain_head where id = 1 for update`,
  );
  if (!head) throw new Error('The audit chain head is missing');
  const { event, hash } = sealEvent(head.hash, {
    seq: Number(head.seq) + 1,
    occurredAt: new Date(),
    actorUserId: input.actorUserId !== undefined ? input.actorUserId : (ctx.actor?.userId ?? null),
    actorAgencyId: input.actorAgencyId !== undefined ? input.actorAgencyId : (ctx.actor?.agencyId ?? null),
    action: input.action,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    outcome: input.outcome ?? 'success',
    reason: input.reason ?? null,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    requestId: ctx.requestId,
    details: input.details ?? null,
  });
  await tx.execute(sql`
    insert into audit_events (id, seq, occurred_at, actor_user_id, actor_agency_id, action, resource_type,
      resource_id, outcome, reason, ip, user_agent, request_id, details, tx_id, prev_hash, hash)
    values (${newId()}, ${event.seq}, ${event.occurredAt.toISOString()}, ${event.actorUserId}, ${event.actorAgencyId},
      ${event.action}, ${event.resourceType}, ${event.resourceId}, ${event.outcome}, ${event.reason}, ${event.ip},
      ${event.userAgent}, ${event.requestId}, ${event.details ? JSON.stringify(event.details) : null}::jsonb,
      txid_current(), ${head.hash}, ${hash})`);
  await tx.execute(sql`update audit_chain_head set seq = ${event.seq}, hash = ${hash} where id = 1`);
}

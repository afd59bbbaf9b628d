import type { SqlSession } from '../db/types';
import { newId } from '../lib/ids';
import { sealEvent } from './chain';

/**
 * An audit event written by the system itself over the owner connection (start-up seeding, demo data,
 * command-line administration), chained exactly like events written by requests.
 */
export async function recordSystemAudit(
  session: SqlSession,
  input: {
    action: string;
    resourceType?: string;
    resourceId?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const { rows } = await session.query<{ seq: string; hash: string }>(
    'select seq::text as seq, hash from audit_chain_head where id = 1 for update',
  );
  const head = rows[0];
  if (!head) throw new Error('The audit chain head is missing');
  const { event, hash } = sealEvent(head.hash, {
    seq: Number(head.seq) + 1,
    occurredAt: new Date(),
    actorUserId: null,
    actorAgencyId: null,
    action: input.action,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    outcome: 'success',
    reason: null,
    ip: null,
    userAgent: 'lantern-system',
    requestId: null,
    details: input.details ?? null,
  });
  await session.query(
    `insert into audit_events (id, seq, occurred_at, actor_user_id, actor_agency_id, action, resource_type, resource_id,
       outcome, reason, ip, user_agent, request_id, details, tx_id, prev_hash, hash)
     values ($1, $2, $3, null, null, $4, $5, $6, 'success', null, null, $7, null, $8::jsonb, txid_current(), $9, $10)`,
    [
      newId(),
      event.seq,
      event.occurredAt.toISOString(),
      event.action,
      event.resourceType,
      event.resourceId,
      event.userAgent,
      event.details ? JSON.stringify(event.details) : null,
      head.hash,
      hash,
    ],
  );
  await session.query('update audit_chain_head set seq = $1, hash = $2 where id = 1', [event.seq, hash]);
}

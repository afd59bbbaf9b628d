import type { SqlSession } from '../db/types';
import { type ChainBreak, findBreak, GENESIS_HASH, type StoredEvent } from './chain';

interface Row {
  seq: string;
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
  prev_hash: string;
  hash: string;
}

const BATCH = 2000;

/**
 * Recomputes the whole hash chain, in order, and reports the first broken link: an edited event (its
 * hash no longer matches), a removed one (a gap in the sequence), or a head that does not match the last
 * event (events removed from the end).
 */
export async function verifyAuditChain(
  session: SqlSession,
): Promise<{ checked: number; break: ChainBreak | null }> {
  let cursor = { seq: 1, previousHash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const { rows } = await session.query<Row>(
      `select seq::text as seq, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
              actor_user_id, actor_agency_id, action, resource_type, resource_id, outcome, reason, ip, user_agent,
              request_id, details, prev_hash, hash
       from audit_events where seq >= $1 order by seq limit ${BATCH}`,
      [cursor.seq],
    );
    const events: StoredEvent[] = rows.map((row) => ({
      seq: Number(row.seq),
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
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    const result = findBreak(events, cursor);
    checked += events.length - (result.break ? 1 : 0);
    if (result.break) return { checked, break: result.break };
    cursor = { seq: result.last.seq + 1, previousHash: result.last.hash };
    if (events.length < BATCH) break;
  }
  const { rows } = await session.query<{ seq: string; hash: string }>(
    'select seq::text as seq, hash from audit_chain_head where id = 1',
  );
  const head = rows[0];
  if (!head || Number(head.seq) !== cursor.seq - 1 || head.hash !== cursor.previousHash) {
    return { checked, break: { seq: cursor.seq, problem: 'head_mismatch' } };
  }
  return { checked, break: null };
}

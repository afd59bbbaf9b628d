import type { OwnerConnection, SqlSession } from '../db/types';
import { ChainChecker, type ChainVerification, type StoredEvent } from './chain';

interface Row {
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
  prev_hash: string;
  hash: string;
}

const PAGE_SEQS = 2000n;
const SMALLEST_SEQ = -(2n ** 63n);
const LARGEST_SEQ = 2n ** 63n - 1n;

// A page is a range of seq numbers read through the seq index, so each page costs the same however long
// the trail is, and an event that repeats a seq is read with the other. The seq is read as text (bigint)
// under another name: ordering by an output column called "seq" sorted the text (1, 10, 100, 2, …).
const NEXT_SEQ = 'select min(seq)::text as seq_text from audit_events where seq >= $1::bigint';
const PAGE = `
  select seq::text as seq_text,
         to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
         actor_user_id::text as actor_user_id, actor_agency_id::text as actor_agency_id, action, resource_type,
         resource_id, outcome, reason, ip, user_agent, request_id, details, prev_hash, hash
  from audit_events
  where audit_events.seq between $1::bigint and $2::bigint
  order by audit_events.seq, audit_events.id`;

function toStoredEvent(row: Row): StoredEvent {
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
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Recomputes the whole hash chain in order, a page at a time, and reports every break: an edited event
 * (its hash no longer matches), a removed one (a gap in the sequence), an inserted or moved one (a link
 * that does not match), and a head that does not name the last event (the end cut or extended).
 * Run it in one repeatable-read transaction (`verifyAuditTrail`) so events appended meanwhile are not
 * mistaken for tampering.
 */
export async function verifyAuditChain(session: SqlSession): Promise<ChainVerification> {
  const checker = new ChainChecker();
  let from = SMALLEST_SEQ;
  for (;;) {
    const next = (await session.query<{ seq_text: string | null }>(NEXT_SEQ, [from.toString()])).rows[0]
      ?.seq_text;
    if (next === null || next === undefined) break;
    const first = BigInt(next);
    const last = first + PAGE_SEQS - 1n < LARGEST_SEQ ? first + PAGE_SEQS - 1n : LARGEST_SEQ;
    const { rows } = await session.query<Row>(PAGE, [first.toString(), last.toString()]);
    for (const row of rows) checker.add(toStoredEvent(row));
    if (last === LARGEST_SEQ) break;
    from = last + 1n;
  }
  const { rows } = await session.query<{ seq_text: string; hash: string }>(
    'select seq::text as seq_text, hash from audit_chain_head where id = 1',
  );
  const head = rows[0];
  return checker.finish(head ? { seq: Number(head.seq_text), hash: head.hash } : undefined);
}

/** Verifies the trail as of one moment, read-only, over the owner connection (the request role sees no events). */
export function verifyAuditTrail(owner: OwnerConnection): Promise<ChainVerification> {
  return owner.transaction(async (session) => {
    await session.exec('set transaction isolation level repeatable read, read only');
    return verifyAuditChain(session);
  });
}

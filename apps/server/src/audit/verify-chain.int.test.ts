import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlSession } from '../db/types';
import { newId } from '../lib/ids';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { type ChainVerification, eventHash, type StoredEvent, sealEvent } from './chain';
import { recordSystemAudit } from './system-audit';
import { verifyAuditChain, verifyAuditTrail } from './verify-chain';

// Tampering is done the way someone holding the database would: as the owner, with the append-only
// trigger switched off. Each tamper runs in a transaction that is rolled back after verifying, so every
// test starts from the same untouched trail of several pages.
const APPENDED = 4495;

let db: TestDatabase;
let total: number;

class Rollback {
  constructor(readonly result: ChainVerification) {}
}

async function verifyAfter(tamper: (owner: SqlSession) => Promise<unknown>): Promise<ChainVerification> {
  try {
    await db.asOwner(async (owner) => {
      await owner.exec('alter table audit_events disable trigger audit_events_append_only');
      await tamper(owner);
      throw new Rollback(await verifyAuditChain(owner));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
  throw new Error('the tamper was not rolled back');
}

async function verifyUntouched(): Promise<ChainVerification> {
  const owner = await db.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  try {
    return await verifyAuditTrail(owner);
  } finally {
    await owner.close();
  }
}

async function storedEvent(owner: SqlSession, seq: number): Promise<StoredEvent> {
  const { rows } = await owner.query<{ event: StoredEvent & { occurredAt: string } }>(
    `select json_build_object('seq', seq, 'occurredAt', occurred_at, 'actorUserId', actor_user_id,
       'actorAgencyId', actor_agency_id, 'action', action, 'resourceType', resource_type, 'resourceId', resource_id,
       'outcome', outcome, 'reason', reason, 'ip', ip, 'userAgent', user_agent, 'requestId', request_id,
       'details', details, 'prevHash', prev_hash, 'hash', hash) as event
     from audit_events where seq = $1`,
    [seq],
  );
  const event = rows[0]?.event;
  if (!event) throw new Error(`no event #${seq}`);
  return { ...event, seq: Number(event.seq), occurredAt: new Date(event.occurredAt) };
}

async function insertEvent(owner: SqlSession, event: StoredEvent): Promise<void> {
  await owner.query(
    `insert into audit_events (id, seq, occurred_at, actor_user_id, actor_agency_id, action, resource_type,
       resource_id, outcome, reason, ip, user_agent, request_id, details, tx_id, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, txid_current(), $15, $16)`,
    [
      newId(),
      event.seq,
      event.occurredAt.toISOString(),
      event.actorUserId,
      event.actorAgencyId,
      event.action,
      event.resourceType,
      event.resourceId,
      event.outcome,
      event.reason,
      event.ip,
      event.userAgent,
      event.requestId,
      event.details ? JSON.stringify(event.details) : null,
      event.prevHash,
      event.hash,
    ],
  );
}

function forgedAfter(previous: StoredEvent, seq: number): StoredEvent {
  const forged = {
    ...previous,
    seq,
    occurredAt: new Date(previous.occurredAt.getTime() + 1),
    action: 'test.forged',
    resourceId: 'forged',
    details: null,
    prevHash: previous.hash,
  };
  return { ...forged, hash: eventHash(previous.hash, forged) };
}

const seqs = (from: number, through: number) =>
  Array.from({ length: through - from + 1 }, (_, i) => from + i);

/** Appends events chained exactly as recordSystemAudit chains them (sealEvent), a thousand per statement. */
async function appendEvents(owner: SqlSession, count: number): Promise<void> {
  const { rows } = await owner.query<{ seq: string; hash: string }>(
    'select seq::text as seq, hash from audit_chain_head where id = 1 for update',
  );
  let previous = { seq: Number(rows[0]?.seq), hash: rows[0]?.hash ?? '' };
  for (let start = 0; start < count; start += 1000) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + 1000); i += 1) {
      const { event, hash } = sealEvent(previous.hash, {
        seq: previous.seq + 1,
        occurredAt: new Date(),
        actorUserId: null,
        actorAgencyId: null,
        action: 'test.bulk',
        resourceType: 'probe',
        resourceId: String(i),
        outcome: 'success',
        reason: i % 7 === 0 ? `reason ${i}` : null,
        ip: null,
        userAgent: 'lantern-system',
        requestId: null,
        details: { i, even: i % 2 === 0 },
      });
      batch.push({ ...event, id: newId(), prevHash: previous.hash, hash });
      previous = { seq: event.seq, hash };
    }
    await owner.query(
      `insert into audit_events (id, seq, occurred_at, action, resource_type, resource_id, outcome, reason,
         user_agent, details, tx_id, prev_hash, hash)
       select id, seq, "occurredAt", action, "resourceType", "resourceId", outcome, reason, "userAgent", details,
         txid_current(), "prevHash", hash
       from jsonb_to_recordset($1::jsonb) as e(id uuid, seq bigint, "occurredAt" timestamptz, action text,
         "resourceType" text, "resourceId" text, outcome text, reason text, "userAgent" text, details jsonb,
         "prevHash" text, hash text)`,
      [JSON.stringify(batch)],
    );
  }
  await owner.query('update audit_chain_head set seq = $1, hash = $2 where id = 1', [
    previous.seq,
    previous.hash,
  ]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asOwner(async (owner) => {
    await appendEvents(owner, APPENDED);
    // Events written the ordinary way after the bulk, so the trail mixes both writers.
    for (let i = 0; i < 5; i += 1)
      await recordSystemAudit(owner, { action: 'test.after_bulk', details: { i } });
  });
  total = await db.asOwner(
    async (o) =>
      (await o.query<{ n: number }>('select count(*)::int as n from audit_events')).rows[0]?.n ?? 0,
  );
}, 120_000);
afterAll(() => db.close());

describe(`the audit chain verifier over thousands of events (${testEngine})`, () => {
  it('finds an untouched trail intact and counts every event', async () => {
    expect(total).toBeGreaterThan(APPENDED);
    expect(await verifyUntouched()).toEqual({ checked: total, intact: total, breaks: [] });
  });

  it('lists every edited event, whichever field was changed, on any page', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query("update audit_events set reason = 'rewritten later' where seq = 10");
      await owner.query(
        "update audit_events set occurred_at = occurred_at - interval '1 day' where seq = 2000",
      );
      await owner.query(`update audit_events set details = '{"i": -1, "even": true}' where seq = $1`, [
        total - 1,
      ]);
    });
    expect(result.breaks).toEqual([
      { seq: 10, problem: 'hash_mismatch' },
      { seq: 2000, problem: 'hash_mismatch' },
      { seq: total - 1, problem: 'hash_mismatch' },
    ]);
    expect(result).toMatchObject({ checked: total, intact: total - 3 });
  });

  it('finds events deleted from the middle', async () => {
    const result = await verifyAfter((owner) =>
      owner.query('delete from audit_events where seq = 100 or seq between 2000 and 2002'),
    );
    expect(result).toEqual({
      checked: total - 4,
      intact: total - 4,
      breaks: [
        { seq: 100, through: 100, problem: 'sequence_gap' },
        { seq: 2000, through: 2002, problem: 'sequence_gap' },
      ],
    });
  });

  it('finds an event inserted in the middle, with the later events renumbered', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query('update audit_events set seq = -seq where seq >= 50');
      await owner.query('update audit_events set seq = 1 - seq where seq < 0');
      await insertEvent(owner, forgedAfter(await storedEvent(owner, 49), 50));
    });
    expect(result.breaks.slice(0, 2)).toEqual([
      { seq: 51, problem: 'prev_hash_mismatch' },
      { seq: 51, problem: 'hash_mismatch' },
    ]);
    const renumbered = result.breaks
      .filter((found) => found.problem === 'hash_mismatch')
      .map((found) => found.seq);
    expect(renumbered).toEqual(seqs(51, total + 1));
    expect(result.breaks.at(-1)).toEqual({ seq: total, lastSeq: total + 1, problem: 'head_mismatch' });
    expect(result).toMatchObject({ checked: total + 1, intact: 50 });
  });

  it('finds a well-formed event appended past the head', async () => {
    const result = await verifyAfter(async (owner) =>
      insertEvent(owner, forgedAfter(await storedEvent(owner, total), total + 1)),
    );
    expect(result).toEqual({
      checked: total + 1,
      intact: total + 1,
      breaks: [{ seq: total, lastSeq: total + 1, problem: 'head_mismatch' }],
    });
  });

  it('finds a copy of an event inserted under the same number', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.exec('alter table audit_events drop constraint audit_events_seq_unique');
      await owner.query(
        `insert into audit_events (id, seq, occurred_at, actor_user_id, actor_agency_id, action, resource_type,
           resource_id, outcome, reason, ip, user_agent, request_id, details, tx_id, prev_hash, hash)
         select $1, seq, occurred_at, actor_user_id, actor_agency_id, action, resource_type, resource_id, outcome,
           reason, ip, user_agent, request_id, details, tx_id, prev_hash, hash from audit_events where seq = 2000`,
        [newId()],
      );
    });
    expect(result).toEqual({
      checked: total + 1,
      intact: total,
      breaks: [{ seq: 2000, problem: 'unexpected_event' }],
    });
  });

  it('finds two events swapped', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query('update audit_events set seq = -seq where seq in (300, 301)');
      await owner.query(
        'update audit_events set seq = case seq when -300 then 301 else 300 end where seq < 0',
      );
    });
    expect(result.breaks).toEqual([
      { seq: 300, problem: 'prev_hash_mismatch' },
      { seq: 300, problem: 'hash_mismatch' },
      { seq: 301, problem: 'prev_hash_mismatch' },
      { seq: 301, problem: 'hash_mismatch' },
      { seq: 302, problem: 'prev_hash_mismatch' },
    ]);
    expect(result).toMatchObject({ checked: total, intact: total - 3 });
  });

  it('finds the tail cut off while the head still names it', async () => {
    const result = await verifyAfter((owner) =>
      owner.query('delete from audit_events where seq > $1', [total - 3]),
    );
    expect(result).toEqual({
      checked: total - 3,
      intact: total - 3,
      breaks: [{ seq: total - 2, through: total, problem: 'sequence_gap' }],
    });
  });

  // The documented limitation (docs/SECURITY.md, "Audit trail"): the hash is unkeyed and the head lives beside
  // the events, so whoever can write to the database can rewrite history and recompute everything after it.
  // Issue #14 (blocks sealed with a key outside the database, digests kept outside) closes this; when it
  // lands, this test must turn into one that finds the rewrite.
  it('cannot detect a rewrite whose author recomputed the chain after it (documented limitation until #14)', async () => {
    const result = await verifyAfter(async (owner) => {
      let previous = await storedEvent(owner, total - 6);
      for (const seq of seqs(total - 5, total)) {
        const event = await storedEvent(owner, seq);
        const rewritten = { ...event, reason: seq === total - 5 ? 'history rewritten' : event.reason };
        const hash = eventHash(previous.hash, rewritten);
        await owner.query('update audit_events set reason = $1, prev_hash = $2, hash = $3 where seq = $4', [
          rewritten.reason,
          previous.hash,
          hash,
          seq,
        ]);
        previous = { ...rewritten, prevHash: previous.hash, hash };
      }
      await owner.query('update audit_chain_head set hash = $1 where id = 1', [previous.hash]);
    });
    expect(result).toEqual({ checked: total, intact: total, breaks: [] });
  });
});

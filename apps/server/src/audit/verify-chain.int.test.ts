import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlSession } from '../db/types';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { blockMac, eventHash } from './chain';
import { type AuditDigest, currentDigest } from './digest';
import { sealPendingEvents } from './sealer';
import { ownerRunner } from './sql-runner';
import { EVENT_COLUMNS, type EventRow, toChainedEvent } from './stored-events';
import { recordSystemAudit } from './system-audit';
import { type LedgerVerification, verifyAuditTrail, verifyLedger } from './verify-chain';

// Tampering is done the way someone holding the database would: as the owner, with the append-only triggers
// switched off. Each tamper runs in a transaction rolled back after verifying, so every test starts from the
// same untouched ledger of several blocks. The sealing key is the installation's secret, never in the database.
const APPENDED = 4495;
const KEY = randomBytes(32);

let db: TestDatabase;
let total: number;
let blocks: number;
let digest: AuditDigest;

class Rollback {
  constructor(readonly result: LedgerVerification) {}
}

async function verifyAfter(
  tamper: (owner: SqlSession) => Promise<unknown>,
  options: { digests?: AuditDigest[]; key?: Buffer } = {},
): Promise<LedgerVerification> {
  try {
    await db.asOwner(async (owner) => {
      for (const table of ['audit_events', 'audit_chain', 'audit_blocks'])
        await owner.exec(`alter table ${table} disable trigger user`);
      await tamper(owner);
      throw new Rollback(await verifyLedger(ownerRunner(owner), options.key ?? KEY, options));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
  throw new Error('the tamper was not rolled back');
}

async function verifyUntouched(options: { digests?: AuditDigest[] } = {}): Promise<LedgerVerification> {
  const owner = await db.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  try {
    return await verifyAuditTrail(owner, KEY, options);
  } finally {
    await owner.close();
  }
}

const one = async <Row>(owner: SqlSession, text: string, params: unknown[] = []) =>
  (await owner.query<Row>(text, params)).rows[0] as Row;

/** Rewrites links from `position` to the end (and, given a key, re-seals every block after) as a forger would. */
async function recomputeFrom(owner: SqlSession, position: number, key?: Buffer): Promise<void> {
  const run = ownerRunner(owner);
  let { hash } = await one<{ hash: string }>(owner, 'select hash from audit_chain where position = $1', [
    position - 1,
  ]);
  const rows = await run<EventRow & { position: string }>(sql`
    select c.position::text as position, ${EVENT_COLUMNS} from audit_chain c join audit_events e on e.id = c.event_id
    where c.position >= ${position} order by c.position`);
  for (const row of rows) {
    hash = eventHash(hash, toChainedEvent(row));
    await owner.query('update audit_chain set hash = $1 where position = $2', [hash, Number(row.position)]);
  }
  const sealed = await owner.query<{ block: number; first: number; last: number; prev_mac: string }>(
    `select block::int, first_position::int as first, last_position::int as last, prev_mac from audit_blocks
     where last_position >= $1 order by block`,
    [position],
  );
  let prevMac: string | undefined;
  for (const block of sealed.rows) {
    const head = await one<{ hash: string }>(owner, 'select hash from audit_chain where position = $1', [
      block.last,
    ]);
    const seal = {
      block: block.block,
      firstPosition: block.first,
      lastPosition: block.last,
      headHash: head.hash,
      prevMac: prevMac ?? block.prev_mac,
    };
    const mac = key ? blockMac(key, seal) : 'f'.repeat(64);
    await owner.query('update audit_blocks set head_hash = $1, prev_mac = $2, mac = $3 where block = $4', [
      head.hash,
      seal.prevMac,
      mac,
      block.block,
    ]);
    prevMac = mac;
  }
  await owner.query('update audit_chain_head set hash = $1 where id = 1', [hash]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asOwner(async (owner) => {
    await owner.query(
      `with bulk as (
         insert into audit_events (id, occurred_at, action, resource_type, resource_id, outcome, reason, user_agent,
           details, tx_id)
         select gen_random_uuid(), now(), 'test.bulk', 'probe', i::text, 'success',
           case when i % 7 = 0 then 'reason ' || i end, 'lantern-system',
           jsonb_build_object('i', i, 'even', i % 2 = 0), txid_current()
         from generate_series(1, $1::int) as i
         returning id)
       insert into audit_pending_seal (event_id) select id from bulk`,
      [APPENDED],
    );
    // Sealed in blocks of a thousand, then a few events written the ordinary way and sealed on their own.
    while ((await sealPendingEvents(ownerRunner(owner), KEY, 1000)).events > 0);
    for (let i = 0; i < 5; i += 1)
      await recordSystemAudit(owner, { action: 'test.after_bulk', details: { i } });
  });
  await db.asOwner((owner) => sealPendingEvents(ownerRunner(owner), KEY));
  const counts = await db.asOwner((o) =>
    one<{ n: number; b: number }>(
      o,
      'select (select count(*)::int from audit_chain) as n, (select count(*)::int from audit_blocks) as b',
    ),
  );
  total = counts.n;
  blocks = counts.b;
  digest = (await db.asOwner((o) => currentDigest(ownerRunner(o)))) as AuditDigest;
}, 120_000);
afterAll(() => db.close());

describe(`the audit ledger verifier over thousands of events (${testEngine})`, () => {
  it('finds an untouched ledger intact: every event chained once, every block sealed', async () => {
    expect(total).toBeGreaterThan(APPENDED);
    expect(blocks).toBeGreaterThan(5);
    expect(await verifyUntouched({ digests: [digest] })).toEqual({
      checked: total,
      intact: total,
      blocks,
      pending: 0,
      unchained: 0,
      breaks: [],
    });
  });

  it('lists every edited event, whichever field was changed, in any block', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query("update audit_events set reason = 'rewritten later' where resource_id = '10'");
      await owner.query(
        "update audit_events set occurred_at = occurred_at - interval '1 day' where resource_id = '2000'",
      );
      await owner.query(
        `update audit_events set details = '{"i": -1, "even": true}' where action = 'test.after_bulk' and details->>'i' = '3'`,
      );
    });
    expect(result.breaks.map((b) => b.problem)).toEqual(['hash_mismatch', 'hash_mismatch', 'hash_mismatch']);
    expect(result).toMatchObject({ checked: total, intact: total - 3 });
  });

  it('finds events deleted, and links cut from the chain', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query("delete from audit_events where resource_id = '100'");
      await owner.query('delete from audit_chain where position between 2000 and 2002');
    });
    // The cut links' events are still there, now outside the chain: they are named too.
    expect(result.breaks).toEqual([
      { problem: 'event_missing', position: expect.any(Number) },
      { problem: 'position_gap', position: 2000, through: 2002 },
      { problem: 'unchained_event', seq: expect.any(Number) },
      { problem: 'unchained_event', seq: expect.any(Number) },
      { problem: 'unchained_event', seq: expect.any(Number) },
    ]);
  });

  it('finds an event inserted behind the application, and one appended to the chain without a seal', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query(
        `insert into audit_events (id, occurred_at, action, outcome, tx_id) values (gen_random_uuid(), now(), 'test.forged', 'success', txid_current())`,
      );
      const forged = await one<{ id: string; seq: string }>(
        owner,
        `insert into audit_events (id, occurred_at, action, outcome, tx_id) values (gen_random_uuid(), now(), 'test.appended', 'success', txid_current()) returning id, seq::text`,
      );
      const last = await one<{ hash: string }>(owner, 'select hash from audit_chain where position = $1', [
        total,
      ]);
      const [row] = await ownerRunner(owner)<EventRow>(
        sql`select ${EVENT_COLUMNS} from audit_events e where e.id = ${forged.id}`,
      );
      const event = toChainedEvent(row as EventRow);
      const hash = eventHash(last.hash, event);
      await owner.query('insert into audit_chain (position, event_id, hash) values ($1, $2, $3)', [
        total + 1,
        forged.id,
        hash,
      ]);
      await owner.query('update audit_chain_head set seq = $1, hash = $2 where id = 1', [total + 1, hash]);
    });
    expect(result.breaks).toEqual([
      { problem: 'unsealed_links', position: total + 1, through: total + 1 },
      { problem: 'unchained_event', seq: expect.any(Number) },
    ]);
  });

  it('finds two events swapped in the chain', async () => {
    const result = await verifyAfter(async (owner) => {
      const ids = await owner.query<{ event_id: string }>(
        'select event_id from audit_chain where position in (300, 301) order by position',
      );
      const [first, second] = ids.rows.map((row) => row.event_id);
      await owner.query('update audit_chain set event_id = gen_random_uuid() where position = 300');
      await owner.query('update audit_chain set event_id = $1 where position = 301', [first]);
      await owner.query('update audit_chain set event_id = $1 where position = 300', [second]);
    });
    expect(result.breaks.map((b) => [b.problem, 'position' in b ? b.position : null])).toEqual([
      ['hash_mismatch', 300],
      ['hash_mismatch', 301],
    ]);
  });

  // Before the ledger this went unnoticed: the chain was unkeyed, so whoever could write to the database could
  // rewrite an event and recompute every hash after it. The blocks' seals need a key that is not in the database.
  it('finds a rewrite whose author recomputed the chain after it, because the blocks cannot be re-sealed without the key', async () => {
    const result = await verifyAfter(async (owner) => {
      await owner.query("update audit_events set reason = 'history rewritten' where resource_id = '4000'");
      const { position } = await one<{ position: number }>(
        owner,
        `select c.position::int as position from audit_chain c join audit_events e on e.id = c.event_id where e.resource_id = '4000'`,
      );
      await recomputeFrom(owner, position);
    });
    expect(result.breaks.length).toBeGreaterThan(0);
    expect(result.breaks.every((b) => b.problem === 'block_mac_mismatch')).toBe(true);
    expect(result.intact).toBe(total);
  });

  it('finds with a kept digest what the key alone cannot: the log cut back, or rewritten by a key holder', async () => {
    const cut = await verifyAfter(
      async (owner) => {
        const last = await one<{ first: number }>(
          owner,
          'select first_position::int as first from audit_blocks order by block desc limit 1',
        );
        await owner.query('delete from audit_blocks where block = (select max(block) from audit_blocks)');
        await owner.query(
          'delete from audit_events where id in (select event_id from audit_chain where position >= $1)',
          [last.first],
        );
        await owner.query('delete from audit_chain where position >= $1', [last.first]);
        const head = await one<{ hash: string }>(owner, 'select hash from audit_chain where position = $1', [
          last.first - 1,
        ]);
        await owner.query('update audit_chain_head set seq = $1, hash = $2 where id = 1', [
          last.first - 1,
          head.hash,
        ]);
      },
      { digests: [digest] },
    );
    expect(cut.breaks).toEqual([{ problem: 'digest_block_missing', block: digest.block }]);

    const rewrittenWithKey = await verifyAfter(
      async (owner) => {
        await owner.query(
          "update audit_events set reason = 'rewritten by a key holder' where resource_id = '4400'",
        );
        const { position } = await one<{ position: number }>(
          owner,
          `select c.position::int as position from audit_chain c join audit_events e on e.id = c.event_id where e.resource_id = '4400'`,
        );
        await recomputeFrom(owner, position, KEY);
      },
      { digests: [digest] },
    );
    expect(rewrittenWithKey.breaks).toEqual([{ problem: 'digest_mismatch', block: digest.block }]);
  });

  it('calls events overdue that waited for the sealer longer than the bound', async () => {
    const result = await verifyAfter(async (owner) => {
      await recordSystemAudit(owner, { action: 'test.waiting' });
      await owner.query(
        "update audit_events set occurred_at = now() - interval '1 minute' where action = 'test.waiting'",
      );
    });
    expect(result.breaks).toEqual([
      { problem: 'overdue', count: 1, oldestSeq: expect.any(Number), seconds: expect.any(Number) },
    ]);
    expect(result.pending).toBe(1);
  });

  it("does not accept another installation's key", async () => {
    const result = await verifyAfter(async () => {}, { key: randomBytes(32) });
    expect(result.breaks).toHaveLength(blocks);
    expect(new Set(result.breaks.map((b) => b.problem))).toEqual(new Set(['block_mac_mismatch']));
  });
});

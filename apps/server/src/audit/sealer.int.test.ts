import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../context/request-context';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { newId } from '../lib/ids';
import { createLogger } from '../lib/logger';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createTestDatabase, testEngine } from '../test-support/test-database';
import { GENESIS_HASH, SEAL_KEY_LABEL, sealEvent } from './chain';
import { currentDigest } from './digest';
import { recordAudit } from './record-audit';
import { sealOnce, startSealer } from './seal-loop';
import { sealPendingEvents } from './sealer';
import { ownerRunner } from './sql-runner';
import { verifyLedger } from './verify-chain';

let t: TestApp;
let key: Buffer;

const contextFor = () =>
  createRequestContext(t.testDb.database.db, {
    requestId: newId(),
    locale: 'en',
    actor: null,
    client: { ip: '127.0.0.1', userAgent: 'vitest' },
    secrets: t.secrets,
    demo: false,
  });

const record = (action: string) => {
  const ctx = contextFor();
  return ctx.transaction((tx) => recordAudit(tx, ctx, { action }));
};

/** Chain positions of the events with these actions, in the order asked. */
async function positions(...actions: string[]): Promise<(number | undefined)[]> {
  const { rows } = await t.testDb.asOwner((o) =>
    o.query<{ action: string; position: number }>(
      `select e.action, c.position::int as position from audit_events e join audit_chain c on c.event_id = e.id
       where e.action = any($1)`,
      [actions],
    ),
  );
  return actions.map((action) => rows.find((row) => row.action === action)?.position);
}

const verify = () => t.testDb.asOwner((o) => verifyLedger(ownerRunner(o), key));

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

beforeAll(async () => {
  t = await createTestApp();
  key = t.secrets.derive(SEAL_KEY_LABEL);
});
afterAll(() => t.close());

describe(`the audit sealer (${testEngine})`, () => {
  // PGlite serves one connection, so two transactions never overlap there; on PostgreSQL they must not wait.
  it.runIf(testEngine === 'postgres')(
    'lets a second request transaction record its event and commit while the first is still open',
    async () => {
      const hold = gate();
      const first = contextFor();
      let firstCommitted = false;
      const firstDone = first
        .transaction(async (tx) => {
          await recordAudit(tx, first, { action: 'test.concurrent.first' });
          await hold.opened;
        })
        .then(() => {
          firstCommitted = true;
        });
      const second = await Promise.race([
        record('test.concurrent.second').then(() => 'committed'),
        new Promise((resolve) => setTimeout(() => resolve('waited'), 5000)),
      ]);
      expect(second).toBe('committed');
      expect(firstCommitted).toBe(false);
      hold.open();
      await firstDone;
    },
  );

  it.runIf(testEngine === 'postgres')(
    'chains an event whose transaction began before an already-sealed one and committed after it, once',
    async () => {
      const hold = gate();
      const early = contextFor();
      const earlyDone = early.transaction(async (tx) => {
        await recordAudit(tx, early, { action: 'test.race.early' });
        await hold.opened;
      });
      await record('test.race.late');
      await sealOnce(t.testDb.database, key);
      expect(await positions('test.race.early', 'test.race.late')).toEqual([undefined, expect.any(Number)]);
      hold.open();
      await earlyDone;
      await sealOnce(t.testDb.database, key);
      const [earlyAt, lateAt] = await positions('test.race.early', 'test.race.late');
      expect(earlyAt).toBeGreaterThan(lateAt as number);
      expect((await verify()).breaks).toEqual([]);
    },
  );

  // The same order of events on one connection: a number taken early, its event committed after a later one
  // was sealed.
  it.runIf(testEngine === 'pglite')(
    'chains an event numbered before an already-sealed one but committed after it, once',
    async () => {
      const { rows } = await t.testDb.asOwner((o) =>
        o.query<{ seq: string }>("select nextval('audit_events_seq_seq')::text as seq"),
      );
      await record('test.race.late');
      await sealOnce(t.testDb.database, key);
      await t.testDb.asOwner((o) =>
        o.query(
          `with e as (insert into audit_events (id, seq, occurred_at, action, outcome, tx_id)
             values ($1, $2, now(), 'test.race.early', 'success', txid_current()))
           insert into audit_pending_seal (event_id) values ($1)`,
          [newId(), rows[0]?.seq],
        ),
      );
      await sealOnce(t.testDb.database, key);
      const [earlyAt, lateAt] = await positions('test.race.early', 'test.race.late');
      expect(earlyAt).toBeGreaterThan(lateAt as number);
      expect((await verify()).breaks).toEqual([]);
    },
  );

  it('never chains an event twice or skips one while sealers race and requests keep writing', async () => {
    const writers = Array.from({ length: 40 }, (_, i) => record(`test.many.${i}`));
    const sealers = Array.from({ length: 6 }, () => sealOnce(t.testDb.database, key, 7));
    await Promise.all([...writers, ...sealers]);
    while ((await sealOnce(t.testDb.database, key, 7)).events > 0);
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ chained: number; distinct_events: number; waiting: number }>(
        `select count(*)::int as chained, count(distinct event_id)::int as distinct_events,
                (select count(*)::int from audit_pending_seal) as waiting
         from audit_chain c join audit_events e on e.id = c.event_id where e.action like 'test.many.%'`,
      ),
    );
    expect(rows[0]).toEqual({ chained: 40, distinct_events: 40, waiting: 0 });
    expect((await verify()).breaks).toEqual([]);
  });

  it('keeps closing blocks past the ninth, and the digest names the newest (numbers, not text, order them)', async () => {
    const closed: number[] = [];
    for (let run = 0; run < 12; run += 1) {
      await record(`test.block.${run}`);
      const { block } = await sealOnce(t.testDb.database, key);
      if (block !== null) closed.push(block);
    }
    expect(closed).toHaveLength(12);
    expect(closed.at(-1)).toBeGreaterThanOrEqual(12);
    expect(closed).toEqual([...closed].sort((a, b) => a - b));
    const digest = await t.testDb.asOwner((o) => currentDigest(ownerRunner(o)));
    expect(digest?.block).toBe(closed.at(-1));
    expect((await verify()).breaks).toEqual([]);
  });

  it.runIf(testEngine === 'postgres')(
    'seals while every request connection is taken by requests still running',
    async () => {
      await record('test.busy.committed');
      const { opened, open } = gate();
      const started: Promise<void>[] = [];
      const running = Array.from({ length: 12 }, () => {
        const ctx = contextFor();
        let began: () => void = () => {};
        started.push(new Promise<void>((resolve) => (began = resolve)));
        return ctx.transaction(async () => {
          began();
          await opened;
        });
      });
      // The request pool has 10 connections: ten requests hold them, two more wait for one.
      await Promise.race([Promise.all(started.slice(0, 10)), new Promise((r) => setTimeout(r, 2000))]);
      try {
        const sealing = sealOnce(t.testDb.database, key);
        const outcome = await Promise.race([
          sealing,
          new Promise<'queued'>((resolve) => setTimeout(() => resolve('queued'), 3000)),
        ]);
        expect(outcome).not.toBe('queued');
        expect((await positions('test.busy.committed'))[0]).toEqual(expect.any(Number));
      } finally {
        open();
        await Promise.all(running);
      }
    },
  );

  it('seals on its own in the server, without anyone asking', async () => {
    const sealer = startSealer({
      database: t.testDb.database,
      key,
      logger: createLogger('silent'),
      intervalMs: 100,
    });
    try {
      await record('test.loop');
      for (let tries = 0; tries < 100 && (await positions('test.loop'))[0] === undefined; tries += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await positions('test.loop'))[0]).toEqual(expect.any(Number));
    } finally {
      await sealer.stop();
    }
  });
});

describe(`upgrading a trail written before the ledger (${testEngine})`, () => {
  it('keeps the events already chained valid and continues their chain', async () => {
    const before = loadMigrations().filter((m) => m.tag < '0017');
    const db = await createTestDatabase({ migrations: before });
    try {
      // Three events chained the old way: each row carries its link, the head names the last.
      await db.asOwner(async (o) => {
        let previous = { seq: 0, hash: GENESIS_HASH };
        for (const action of ['legacy.one', 'legacy.two', 'legacy.three']) {
          const { event, hash } = sealEvent(previous.hash, {
            seq: previous.seq + 1,
            occurredAt: new Date(),
            actorUserId: null,
            actorAgencyId: null,
            action,
            resourceType: null,
            resourceId: null,
            outcome: 'success',
            reason: null,
            ip: null,
            userAgent: 'lantern-system',
            requestId: null,
            details: { n: previous.seq },
          });
          await o.query(
            `insert into audit_events (id, seq, occurred_at, action, outcome, user_agent, details, tx_id, prev_hash, hash)
             values ($1, $2, $3, $4, 'success', 'lantern-system', $5::jsonb, txid_current(), $6, $7)`,
            [
              newId(),
              event.seq,
              event.occurredAt.toISOString(),
              action,
              JSON.stringify(event.details),
              previous.hash,
              hash,
            ],
          );
          previous = { seq: event.seq, hash };
        }
        await o.query('update audit_chain_head set seq = $1, hash = $2 where id = 1', [
          previous.seq,
          previous.hash,
        ]);
      });
      await migrate(db.database, loadMigrations());
      const sealKey = randomBytes(32);
      await db.asOwner(async (o) => {
        const { recordSystemAudit } = await import('./system-audit');
        await recordSystemAudit(o, { action: 'ledger.first' });
      });
      await db.asOwner((o) => sealPendingEvents(ownerRunner(o), sealKey));
      const result = await db.asOwner((o) => verifyLedger(ownerRunner(o), sealKey));
      expect(result).toMatchObject({ checked: 5, intact: 5, blocks: 1, breaks: [] });
      const { rows } = await db.asOwner((o) =>
        o.query<{ action: string; position: number; seq: number }>(
          'select e.action, c.position::int as position, e.seq::int as seq from audit_chain c join audit_events e on e.id = c.event_id order by c.position',
        ),
      );
      expect(rows).toEqual([
        { action: 'legacy.one', position: 1, seq: 1 },
        { action: 'legacy.two', position: 2, seq: 2 },
        { action: 'legacy.three', position: 3, seq: 3 },
        // Migration 0043 seeds the public holidays on every installation, with its own event.
        { action: 'system.seed', position: 4, seq: 4 },
        { action: 'ledger.first', position: 5, seq: 5 },
      ]);
    } finally {
      await db.close();
    }
  });
});

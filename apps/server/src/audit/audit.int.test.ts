import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import { newId } from '../lib/ids';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { SEAL_KEY_LABEL } from './chain';
import { recordAudit } from './record-audit';
import { sealOnce } from './seal-loop';
import { ownerRunner } from './sql-runner';
import { recordSystemAudit } from './system-audit';
import { verifyLedger } from './verify-chain';

let t: TestApp;

const contextFor = (permissions: string[] = []) =>
  createRequestContext(t.testDb.database.db, {
    requestId: newId(),
    locale: 'en',
    actor: permissions.length
      ? {
          userId: newId(),
          username: 'tester',
          agencyId: newId(),
          sessionId: newId(),
          roles: [],
          permissions: permissions as never[],
        }
      : null,
    client: { ip: '127.0.0.1', userAgent: 'vitest' },
    secrets: t.secrets,
    demo: false,
  });

/** Seals what is waiting, then verifies the whole ledger under the installation's key. */
async function verify() {
  const key = t.secrets.derive(SEAL_KEY_LABEL);
  await sealOnce(t.testDb.database, key);
  return t.testDb.asOwner((o) => verifyLedger(ownerRunner(o), key));
}

const newAgencyInsert = (id: string) =>
  sql`insert into agencies (id, name, type_code, province_code) values (${id}, 'Probe agency', 'ngo', '01')`;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe(`the audit trail (${testEngine})`, () => {
  it('refuses to commit a change to an audited table that has no audit event in the same transaction', async () => {
    const ctx = contextFor();
    const unaudited = newId();
    await expect(ctx.transaction((tx) => tx.execute(newAgencyInsert(unaudited)))).rejects.toThrow();
    const audited = newId();
    await ctx.transaction(async (tx) => {
      await tx.execute(newAgencyInsert(audited));
      await recordAudit(tx, ctx, {
        action: 'test.agency_create',
        resourceType: 'agency',
        resourceId: audited,
      });
    });
    const rows = await t.testDb.asOwner(
      async (o) => (await o.query('select id from agencies where id = any($1)', [[unaudited, audited]])).rows,
    );
    expect(rows).toEqual([{ id: audited }]);
  });

  it('rolls back the action when its audit event cannot be written', async () => {
    const ctx = contextFor();
    const id = newId();
    await t.testDb.asOwner((o) => o.query('revoke insert on audit_pending_seal from lantern_app'));
    try {
      await expect(
        ctx.transaction(async (tx) => {
          await tx.execute(newAgencyInsert(id));
          await recordAudit(tx, ctx, {
            action: 'test.agency_create',
            resourceType: 'agency',
            resourceId: id,
          });
        }),
      ).rejects.toSatisfy((error: Error & { cause?: Error }) =>
        /permission denied/.test(error.cause?.message ?? error.message),
      );
    } finally {
      await t.testDb.asOwner((o) => o.query('grant insert on audit_pending_seal to lantern_app'));
    }
    const rows = await t.testDb.asOwner(
      async (o) => (await o.query('select id from agencies where id = $1', [id])).rows,
    );
    expect(rows).toEqual([]);
  });

  it('cannot be changed or deleted by the request role, nor by the owner', async () => {
    const ctx = contextFor(['audit.read']);
    await expect(
      ctx.transaction((tx) => tx.execute(sql`update audit_events set action = 'edited'`)),
    ).rejects.toThrow();
    await expect(ctx.transaction((tx) => tx.execute(sql`delete from audit_events`))).rejects.toThrow();
    await expect(
      t.testDb.asOwner((o) => o.query("update audit_events set action = 'edited'")),
    ).rejects.toThrow(/append-only/);
    await expect(t.testDb.asOwner((o) => o.query('delete from audit_events'))).rejects.toThrow(/append-only/);
  });

  it('is visible through the request role only to a transaction holding audit.read', async () => {
    const count = (permissions: string[]) =>
      contextFor(permissions).transaction(
        async (tx) =>
          (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_events`))[0]?.n,
      );
    expect(await count([])).toBe(0);
    expect(await count(['admin.users.manage_all'])).toBe(0);
    expect(await count(['audit.read'])).toBeGreaterThan(0);
  });

  // PostgreSQL stores a lone surrogate as U+FFFD in text, refuses it in jsonb, and holds no NUL at all: before,
  // an event hashed as sent broke the chain for good, or the action failed with a 500.
  it('keeps the chain intact when a reason or detail holds a lone surrogate or a NUL', async () => {
    const ctx = contextFor(['case.break_glass']);
    const caseId = newId();
    await ctx.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'access.break_glass',
        resourceType: 'case',
        resourceId: caseId,
        reason: 'urgent \ud800 the\u0000 case',
        details: { note: 'x\udc00y', 'key\u0000': 'a\u0000b', pair: '\ud83d\ude00' },
      }),
    );
    await t.testDb.asOwner((o) =>
      recordSystemAudit(o, {
        action: 'test.system\ud800',
        resourceId: caseId,
        details: { v: '\u0000\udfff' },
      }),
    );
    const stored = await t.testDb.asOwner(
      async (o) =>
        (
          await o.query(
            'select action, reason, details from audit_events where resource_id = $1 order by seq',
            [caseId],
          )
        ).rows,
    );
    expect(stored).toEqual([
      {
        action: 'access.break_glass',
        reason: 'urgent \ufffd the\ufffd case',
        details: { note: 'x\ufffdy', 'key\ufffd': 'a\ufffdb', pair: '\ud83d\ude00' },
      },
      { action: 'test.system\ufffd', reason: null, details: { v: '\ufffd\ufffd' } },
    ]);
    expect((await verify()).breaks).toEqual([]);
  });

  it('verifies intact, and the verifier finds an edited event and a removed one', async () => {
    const ctx = contextFor();
    for (const action of ['test.one', 'test.two', 'test.three']) {
      await ctx.transaction((tx) => recordAudit(tx, ctx, { action }));
    }
    const intact = await verify();
    expect(intact.breaks).toEqual([]);
    expect(intact.checked).toBeGreaterThan(2);
    expect(intact.intact).toBe(intact.checked);

    const positionOf = async (action: string) =>
      (
        await t.testDb.asOwner((o) =>
          o.query<{ position: number }>(
            'select c.position::int as position from audit_chain c join audit_events e on e.id = c.event_id where e.action = $1',
            [action],
          ),
        )
      ).rows[0]?.position;
    const [two, three] = [await positionOf('test.two'), await positionOf('test.three')];
    await t.testDb.asOwner(async (o) => {
      await o.exec('alter table audit_events disable trigger audit_events_append_only');
      await o.query("update audit_events set reason = 'rewritten later' where action = 'test.two'");
      await o.exec('alter table audit_events enable trigger audit_events_append_only');
    });
    expect((await verify()).breaks).toEqual([
      { problem: 'hash_mismatch', position: two, seq: expect.any(Number) },
    ]);

    await t.testDb.asOwner(async (o) => {
      await o.exec('alter table audit_events disable trigger audit_events_append_only');
      await o.query("update audit_events set reason = null where action = 'test.two'");
      await o.query("delete from audit_events where action = 'test.three'");
      await o.exec('alter table audit_events enable trigger audit_events_append_only');
    });
    expect((await verify()).breaks).toEqual([{ problem: 'event_missing', position: three }]);
  });
});

// Upgrading to rate limits in one table (migration 0015) must not hand a guesser fresh attempts: the live
// counters of the old sign_in_throttle table move over and go on blocking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/migrations';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The database as it stood before 0015 for the throttle, then the statements of 0015 that move it. */
async function upgradeFromOldThrottle(rows: [key: string, failures: number, age: string][]) {
  const moving = (loadMigrations().find((m) => m.tag === '0015_rate_limits')?.statements ?? []).filter(
    (statement) => statement.includes('sign_in_throttle'),
  );
  expect(moving.length).toBeGreaterThan(0);
  await t.testDb.asOwner(async (owner) => {
    await owner.query(`create table sign_in_throttle (key text primary key, failures integer not null default 0,
      blocked_until timestamptz, updated_at timestamptz not null default now())`);
    for (const [key, failures, age] of rows)
      await owner.query(
        'insert into sign_in_throttle (key, failures, updated_at) values ($1, $2, now() - $3::interval)',
        [key, failures, age],
      );
    for (const statement of moving) await owner.query(statement);
  });
}

describe(`the sign-in throttle across the upgrade to one rate-limit table (${testEngine})`, () => {
  it('keeps blocking an account that was blocked before, and forgets what had lapsed', async () => {
    const agency = await t.createAgency('Trung tâm CTXH thử nghiệm');
    const blocked = await t.createUser('blocked.before', agency, ['case_worker']);
    const lapsed = await t.createUser('lapsed.before', agency, ['case_worker']);
    // 15 failures: the last one set a 16-second block, one second ago.
    await upgradeFromOldThrottle([
      [`account:${blocked.username}`, 15, '1 second'],
      [`account:${lapsed.username}`, 40, '2 hours'],
      ['address:203.0.113.40', 7, '5 minutes'],
    ]);

    const refused = await new TestClient(t.app).signIn(blocked);
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('auth.throttled');
    expect((await new TestClient(t.app).signIn(lapsed)).status).toBe(200);

    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ scope: string; key: string; hits: number }>(
        `select scope, key, hits from rate_limit_hits where scope like 'sign_in.%' order by scope`,
      ),
    );
    expect(rows).toEqual([
      { scope: 'sign_in.account', key: blocked.username, hits: 15 },
      { scope: 'sign_in.address', key: '203.0.113.40', hits: 7 },
    ]);
    const old = await t.testDb.asOwner((o) => o.query(`select to_regclass('sign_in_throttle') as t`));
    expect(old.rows).toEqual([{ t: null }]);
  });
});

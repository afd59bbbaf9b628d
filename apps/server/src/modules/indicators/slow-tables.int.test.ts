import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from './indicator-fixture.test-support';
import { type CachePolicy, indicatorTables } from './table-cache';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;

describe(`a slow national table (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  let policy: CachePolicy;
  const as = signedInClients(() => t, TestClient);
  // Its own range, so that no other test file's reading of the same table shares the cache entry.
  const path = '/api/indicators/persons_received/values?period=month&from=2026-01-01&to=2026-12-31&by=sex';
  const read = async () => {
    const { status, json } = await (await as(users.analyst)).request('GET', path);
    expect(status).toBe(200);
    return json as { total: { value: number }; computedAt: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
    // Every table counts as slow here: at a million persons the national ones take seconds.
    policy = indicatorTables.configure({ slowMs: 0 });
  }, 60_000);
  afterAll(async () => {
    indicatorTables.configure(policy);
    await t.close();
  });

  it('is answered from its last computation, saying when, while a new one runs after the request', async () => {
    const first = await read();
    expect(first.total.value).toBe(45);
    const code = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ code: string }>(
        `select min(code) as code from cases where received_on between '2026-01-01' and '2026-12-31'`,
      );
      await owner.query(`update cases set received_on = '2025-06-01' where code = $1`, [rows[0]?.code]);
      await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'case' });
      return rows[0]?.code;
    });
    expect(code).toBeTruthy();
    // The analyst is not kept waiting: the figures they had, as of when they were computed.
    const stale = await read();
    expect(stale.total.value).toBe(45);
    expect(stale.computedAt).toBe(first.computedAt);
    // The background computation (the reader's own transaction, under the same policy and row security) lands.
    let fresh = stale;
    for (let attempt = 0; attempt < 50 && fresh.total.value === 45; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await read();
    }
    expect(fresh.total.value).toBe(44);
    expect(Date.parse(fresh.computedAt)).toBeGreaterThan(Date.parse(first.computedAt));
  });
});

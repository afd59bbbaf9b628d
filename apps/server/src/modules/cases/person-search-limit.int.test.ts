import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LanternApp } from '../../app';
import { loadMigrations } from '../../db/migrations';
import { newId } from '../../lib/ids';
import { createLogger } from '../../lib/logger';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration } from '../case-work/test-fixtures';

/**
 * The person-search limit (30 a minute per user, searches and duplicate answers together) is counted in the
 * database: another API instance over the same database — or the same server after a restart — goes on
 * counting where the first left off, and requests sent side by side cannot share out the last free search.
 */
describe(`the person-search limit holds across API instances and restarts (${testEngine})`, () => {
  let t: TestApp;
  let otherInstance: LanternApp;
  let agency: string;
  const search = { fullName: 'Vàng Thị Xuyến', birthYear: 2002 };

  /** A second server over the same database: its modules loaded afresh, as in another process. */
  async function startAnotherInstance(): Promise<LanternApp> {
    vi.resetModules();
    const { createApp } = await import('../../app');
    return createApp({
      database: t.testDb.database,
      logger: createLogger('silent'),
      migrations: loadMigrations(),
      keys: t.secrets,
    });
  }

  async function signedIn(user: TestUser): Promise<TestClient> {
    const client = new TestClient(t.app);
    expect((await client.signIn(user)).status).toBe(200);
    return client;
  }

  /** The same signed-in session (sessions live in the database), sent to another instance. */
  function sameSessionOn(app: LanternApp, client: TestClient): TestClient {
    const moved = new TestClient(app);
    moved.cookie = client.cookie;
    moved.csrfToken = client.csrfToken;
    return moved;
  }

  const lapsedRows = async () =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ n: number }>(`select count(*)::int as n from rate_limit_hits where expires_at < now()`),
      )
    ).rows[0]?.n;

  beforeAll(async () => {
    t = await createTestApp();
    agency = await t.createAgency('Trung tâm CTXH Lào Cai', '10');
    const known = await signedIn(await t.createUser('known.registrar', agency, ['case_worker']));
    expect(
      (await known.request('POST', '/api/cases', registration('Vàng Thị Xuyến', '2002-04-17'))).status,
    ).toBe(201);
    otherInstance = await startAnotherInstance();
  }, 60_000);
  afterAll(() => t.close());

  it('refuses the 31st search of a minute on another instance, and a registration there too', async () => {
    const first = await signedIn(await t.createUser('two.instances', agency, ['case_worker']));
    for (let attempt = 0; attempt < 30; attempt += 1)
      expect((await first.request('POST', '/api/persons/match', search)).status).toBe(200);

    const second = sameSessionOn(otherInstance, first);
    const refused = await second.request('POST', '/api/persons/match', search, { 'Accept-Language': 'vi' });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('person.match_rate_limited');
    expect(refused.json.error.message).toMatch(/quá nhiều lần/);
    expect(
      (await second.request('POST', '/api/cases', registration('Lý Văn Tùng', '1990-01-01'))).status,
    ).toBe(429);
  });

  it('a restarted server still refuses a user whose minute is used up, and lets them search once it lapses', async () => {
    const user = await t.createUser('restart', agency, ['case_worker']);
    const client = await signedIn(user);
    for (let attempt = 0; attempt < 30; attempt += 1)
      expect(
        (await client.request('POST', '/api/cases', registration('Vàng Thị Xuyến', '2002-04-17'))).status,
      ).toBe(409);
    const restarted = sameSessionOn(await startAnotherInstance(), client);
    expect((await restarted.request('POST', '/api/persons/match', search)).status).toBe(429);

    await t.testDb.asOwner((o) =>
      o.query(`update rate_limit_hits set expires_at = now() - interval '1 second' where key = $1`, [
        user.id,
      ]),
    );
    expect((await restarted.request('POST', '/api/persons/match', search)).status).toBe(200);
  });

  it('registrations sent side by side get exactly 30 duplicate answers between them', async () => {
    const client = await signedIn(await t.createUser('side.by.side', agency, ['case_worker']));
    const statuses = await Promise.all(
      Array.from({ length: 36 }, () =>
        client
          .request('POST', '/api/cases', registration('Vàng Thị Xuyến', '2002-04-17'))
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  });

  it('does not keep the counts of users long gone', async () => {
    await t.testDb.asOwner(async (o) => {
      for (let n = 0; n < 25; n += 1)
        await o.query(
          `insert into rate_limit_hits (scope, key, hits, expires_at)
           values ('person_search', $1, 30, now() - interval '2 minutes')`,
          [newId()],
        );
    });
    expect(await lapsedRows()).toBeGreaterThanOrEqual(25);
    const client = await signedIn(await t.createUser('sweeper', agency, ['case_worker']));
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await client.request('POST', '/api/persons/match', search)).status).toBe(200);
    expect(await lapsedRows()).toBe(0);
  });
});

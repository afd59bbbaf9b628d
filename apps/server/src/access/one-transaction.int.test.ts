// One transaction per signed-in request: the session is checked, touched and turned into the actor settings by
// the request's first statement (lantern_open_session, migration 0018), and the handler's work runs in that same
// transaction. Counted at the driver, so a second begin anywhere in a request would show.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { hashToken } from '../auth/tokens';
import { createRequestContext, withActor } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import { runInRequestTransaction } from '../db/request-transaction';
import { NO_PROXY } from '../lib/client-address';
import { newId } from '../lib/ids';
import { recordStatements, type StatementLog } from '../test-support/statement-log';
import {
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
  TestClient,
  type TestUser,
} from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { openSession } from './resolve-session';

let t: TestApp;
let statements: StatementLog;
let agencyId: string;

const begins = () => statements.statements.filter((s) => /^begin\b/i.test(s)).length;
const commits = () => statements.statements.filter((s) => /^commit\b/i.test(s)).length;
const rollbacks = () => statements.statements.filter((s) => /^rollback\b/i.test(s)).length;

let users = 0;
/** A new user fully signed in: an authenticator code counts once, so each sign-in here is someone else's. */
async function signedIn(agency = agencyId): Promise<TestClient & { user: TestUser }> {
  users += 1;
  const user = await t.createUser(`one.tx.${users}`, agency, ['case_worker']);
  const client = new TestClient(t.app);
  expect((await client.signIn(user)).status).toBe(200);
  return Object.assign(client, { user });
}

const owner = <Row>(text: string, params: unknown[] = []) =>
  t.testDb.asOwner(async (session) => (await session.query<Row>(text, params)).rows);

const lastSeenAgo = async (token: string) =>
  (
    await owner<{ seconds: number }>(
      'select extract(epoch from now() - last_seen_at)::float8 as seconds from sessions where token_hash = $1',
      [hashToken(token)],
    )
  )[0]?.seconds;

beforeAll(async () => {
  t = await createTestApp();
  statements = recordStatements(t.testDb.database);
  agencyId = await t.createAgency('Trung tâm CTXH một giao dịch');
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => statements.clear());

describe(`one transaction per signed-in request (${testEngine})`, () => {
  it('runs a signed-in read in one transaction whose first statement resolves the session', async () => {
    const client = await signedIn();
    statements.clear();
    const list = await client.request('GET', '/api/cases');
    expect(list.status).toBe(200);
    expect(begins()).toBe(1);
    expect(commits()).toBe(1);
    const sent = statements.statements;
    expect(sent[0]).toMatch(/^begin/i);
    expect(sent[1]).toMatch(/set_config\('role'.*lantern_open_session/s);
    expect(sent.at(-1)).toMatch(/^commit/i);
    // The page carries its bounded total: no count of its own (begin, session, scope, page, commit).
    expect(sent.filter((statement) => /^select count\(/i.test(statement))).toEqual([]);
    expect(sent).toHaveLength(5);
  });

  it('runs a signed-in change and its audit event in the one transaction too', async () => {
    const client = await signedIn();
    statements.clear();
    expect((await client.request('POST', '/api/auth/sign-out')).status).toBe(204);
    expect(begins()).toBe(1);
    expect(commits()).toBe(1);
    // Revocation holds at once: the very next request with that cookie is not signed in.
    expect((await client.request('GET', '/api/cases')).status).toBe(401);
  });

  it('answers 401 on the next request after the session is revoked, expired, idle or its user disabled', async () => {
    const changes = [
      'update sessions set revoked_at = now() where token_hash = $1',
      "update sessions set expires_at = now() - interval '1 second' where token_hash = $1",
      "update sessions set last_seen_at = now() - interval '31 minutes' where token_hash = $1",
      'update users set disabled_at = now() where id = (select user_id from sessions where token_hash = $1)',
      `update agencies set disabled_at = now()
        where id = (select u.agency_id from sessions s join users u on u.id = s.user_id where s.token_hash = $1)`,
    ];
    for (const change of changes) {
      // Each in an agency of its own: one of them disables it.
      const client = await signedIn(await t.createAgency('Trung tâm CTXH phiên kết thúc'));
      expect((await client.request('GET', '/api/cases')).status).toBe(200);
      await t.testDb.asOwner(async (session) => {
        await session.query(change, [hashToken(client.cookie ?? '')]);
        await recordSystemAudit(session, { action: 'test.session_ended', resourceType: 'session' });
      });
      expect((await client.request('GET', '/api/cases')).status, change).toBe(401);
    }
  });

  it('ends the transaction of a request whose work fails, and of one that does no work', async () => {
    const client = await signedIn();
    statements.clear();
    expect((await client.request('GET', `/api/cases/${newId()}`)).status).toBe(404);
    expect([begins(), rollbacks()]).toEqual([1, 1]);
    statements.clear();
    // A route that reads nothing still had the session checked in the transaction, which is then committed.
    expect((await client.request('GET', '/api/instance')).status).toBe(200);
    expect([begins(), commits()]).toEqual([1, 1]);
    statements.clear();
    // A forged change is refused before any work; the transaction ends all the same.
    expect(
      (await client.request('POST', '/api/auth/sign-out', undefined, { 'X-CSRF-Token': 'x' })).status,
    ).toBe(403);
    expect([begins(), commits()]).toEqual([1, 1]);
    // Nothing was left open: on PGlite, one held transaction would make this request wait for ever.
    expect((await client.request('GET', '/api/cases')).status).toBe(200);
  });

  it('opens no transaction for a request without a cookie, or outside the API', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.request('GET', '/api/instance')).status).toBe(200);
    const client = await signedIn();
    statements.clear();
    expect((await client.request('GET', '/healthz')).status).toBe(200);
    expect(statements.statements).toEqual([]);
  });

  it('touches last_seen_at at most once a minute, in the same transaction', async () => {
    const client = await signedIn();
    const token = client.cookie ?? '';
    await owner("update sessions set last_seen_at = now() - interval '30 seconds' where token_hash = $1", [
      hashToken(token),
    ]);
    await client.request('GET', '/api/cases');
    expect(await lastSeenAgo(token)).toBeGreaterThanOrEqual(29);
    await owner("update sessions set last_seen_at = now() - interval '2 minutes' where token_hash = $1", [
      hashToken(token),
    ]);
    statements.clear();
    await client.request('GET', '/api/cases');
    expect(begins()).toBe(1);
    expect(await lastSeenAgo(token)).toBeLessThan(5);
  });
});

describe(`the session function, lantern_open_session (${testEngine})`, () => {
  const asRequestRole = <T>(work: Parameters<typeof runInRequestTransaction<T>>[2]) =>
    runInRequestTransaction(
      t.testDb.database.db,
      { requestId: newId(), actorId: null, agencyId: null },
      work,
    );

  it('answers nothing and sets no actor for a token it does not know', async () => {
    const client = await signedIn();
    const [row] = await asRequestRole((tx) =>
      queryRows<{ session: unknown; actor: string; permissions: string }>(
        tx,
        sql`select lantern_open_session(${hashToken(`${client.cookie}x`)}, 30) as session,
                   current_setting('lantern.actor_id', true) as actor,
                   current_setting('lantern.permissions', true) as permissions`,
      ),
    );
    expect(row).toEqual({ session: null, actor: '', permissions: '' });
  });

  it('sets the actor of a fully signed-in session, and none for one part-way through sign-in', async () => {
    const client = await signedIn();
    const settingsFor = (token: string) =>
      asRequestRole(async (tx) => {
        await tx.execute(sql`select lantern_open_session(${hashToken(token)}, 30)`);
        const [row] = await queryRows<{ actor: string; agency: string }>(
          tx,
          sql`select current_setting('lantern.actor_id') as actor, current_setting('lantern.agency_id') as agency`,
        );
        return row;
      });
    expect(await settingsFor(client.cookie ?? '')).toEqual({ actor: client.user.id, agency: agencyId });

    const halfway = new TestClient(t.app);
    await halfway.request('POST', '/api/auth/sign-in', {
      username: client.user.username,
      password: TEST_PASSWORD,
    });
    expect(await settingsFor(halfway.cookie ?? '')).toEqual({ actor: '', agency: '' });
  });

  it('is a definer function with a pinned search path that only the request role may call', async () => {
    const [fn] = await owner<{ definer: boolean; config: string[]; publicMay: boolean; appMay: boolean }>(
      `select p.prosecdef as definer, p.proconfig as config,
              has_function_privilege('public', p.oid, 'execute') as "publicMay",
              has_function_privilege('lantern_app', p.oid, 'execute') as "appMay"
         from pg_proc p where p.proname = 'lantern_open_session'`,
    );
    expect(fn).toEqual({
      definer: true,
      config: ['search_path=public, pg_temp'],
      publicMay: false,
      appMay: true,
    });
  });
});

describe(`the request's held transaction, from the context (${testEngine})`, () => {
  async function opened() {
    const client = await signedIn();
    const ctx = createRequestContext(t.testDb.database.db, {
      requestId: newId(),
      locale: 'en',
      actor: null,
      client: { ip: null, userAgent: null },
      secrets: t.secrets,
      demo: false,
    });
    const { session, pending } = await openSession(t.testDb.database.db, ctx, client.cookie ?? '', {
      idleMinutes: 30,
      maxHours: 12,
      secureCookies: false,
      trustProxy: NO_PROXY,
      publicOrigin: null,
    });
    return { session, pending, ctx: withActor(t.testDb.database.db, ctx, session?.actor ?? null, pending) };
  }
  const actorSetting = sql`select current_setting('lantern.actor_id') as actor`;

  it('runs the first piece of work in it, and a later one in a transaction of its own', async () => {
    const { ctx, pending } = await opened();
    statements.clear();
    const first = await ctx.transaction((tx) => queryRows<{ actor: string }>(tx, actorSetting));
    expect(first).toEqual([{ actor: ctx.actor?.userId }]);
    expect([begins(), commits()]).toEqual([0, 1]);
    expect(pending.held.ended).toBe(true);
    const second = await ctx.transaction((tx) => queryRows<{ actor: string }>(tx, actorSetting));
    expect(second).toEqual([{ actor: ctx.actor?.userId }]);
    expect([begins(), commits()]).toEqual([1, 2]);
  });

  it('acts as whoever the request acts as by then (a sign-in step that changes the actor)', async () => {
    const { ctx, pending } = await opened();
    const anonymous = withActor(t.testDb.database.db, ctx, null);
    expect(await anonymous.transaction((tx) => queryRows<{ actor: string }>(tx, actorSetting))).toEqual([
      { actor: '' },
    ]);
    expect(pending.held.ended).toBe(true);
  });

  it('rolls back failed work and rethrows its own error', async () => {
    const { ctx, session } = await opened();
    const failure = new Error('the work failed');
    await expect(
      ctx.transaction(async (tx) => {
        await tx.execute(
          sql`update sessions set last_seen_at = now() - interval '5 minutes' where id = ${session?.id}`,
        );
        throw failure;
      }),
    ).rejects.toBe(failure);
    const [row] = await owner<{ seconds: number }>(
      'select extract(epoch from now() - last_seen_at)::float8 as seconds from sessions where id = $1',
      [session?.id],
    );
    expect(row?.seconds).toBeLessThan(60);
  });

  it('lets pieces of work started side by side both finish', async () => {
    const { ctx } = await opened();
    const results = await Promise.all([
      ctx.transaction((tx) => queryRows<{ actor: string }>(tx, actorSetting)),
      ctx.transaction((tx) => queryRows<{ actor: string }>(tx, actorSetting)),
    ]);
    expect(results).toEqual([[{ actor: ctx.actor?.userId }], [{ actor: ctx.actor?.userId }]]);
  });
});

describe(`session token hashes, out of the request role's reach (${testEngine})`, () => {
  it('lists a user their own devices, while no request can read any session token hash', async () => {
    const client = await signedIn();
    const devices = await client.request('GET', '/api/account/sessions');
    expect(devices.status).toBe(200);
    expect(devices.json.sessions ?? devices.json).toEqual(
      expect.arrayContaining([expect.objectContaining({ current: true })]),
    );
    expect(JSON.stringify(devices.json)).not.toMatch(/token/i);
    // What the database answered the request role (Drizzle wraps it as the cause of its own error).
    const refusal = (query: ReturnType<typeof sql>) =>
      runInRequestTransaction(
        t.testDb.database.db,
        { requestId: newId(), actorId: client.user.id, agencyId, permissions: [] },
        (tx) => queryRows(tx, query),
      ).then(
        () => 'answered',
        (error: { message?: string; cause?: { message?: string } }) =>
          `${error.cause?.message ?? ''} ${error.message ?? ''}`,
      );
    expect(await refusal(sql`select token_hash from sessions limit 1`)).toMatch(/permission denied/);
    expect(await refusal(sql`select count(*) from sessions where token_hash <> ''`)).toMatch(
      /permission denied/,
    );
  });
});

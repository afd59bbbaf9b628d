import { describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { newId } from '../lib/ids';
import { DEMO_USERNAMES } from '../modules/synthetic/demo-accounts';
import { DEMO_PASSWORD } from '../modules/synthetic/demo-seed';
import { appFor, freshInstallationPerTest } from '../test-support/installation-runtime';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { createFirstAdmin } from './create-admin';
import { prepareInstallation } from './prepare-installation';

// Issue #12 item 5: real accounts and the demo's published passwords never live side by side.
describe(`the demo ends where real accounts begin (${testEngine})`, () => {
  const fresh = freshInstallationPerTest();

  /** A (re)start as `lantern serve --demo` does it: what the server then answers. */
  async function start() {
    const prepared = await prepareInstallation(fresh.installation.runtime, {
      demo: 'explicit',
      demoCases: 0,
    });
    return { prepared, app: appFor(fresh.installation.runtime, prepared) };
  }
  const signIn = (app: ReturnType<typeof appFor>, username: string, password = DEMO_PASSWORD) =>
    new TestClient(app).request('POST', '/api/auth/sign-in', { username, password });
  const count = (where: string) =>
    fresh.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ n: number }>(
        `select count(*)::int as n from users where ${where}`,
      );
      return rows[0]?.n ?? 0;
    });

  it('a demo starts with its published accounts signing in without a second factor', async () => {
    const { app, prepared } = await start();
    expect(prepared.demo).toBe(true);
    expect((await signIn(app, 'admin')).json.stage).toBe('active');
    expect((await new TestClient(app).request('GET', '/api/instance')).json.demo).toBe(true);
  });

  it('lantern users:create-admin refuses a demo database and tells the operator to start from an empty one', async () => {
    await start();
    await expect(
      createFirstAdmin(fresh.testDb.database, {
        username: 'nguyen.admin',
        name: 'Nguyễn Văn An',
        agencyName: 'Cục Cảnh sát',
        province: '01',
      }),
    ).rejects.toThrow(/empty database/);
    expect(await count('not demo')).toBe(0);
    expect(await count("username = 'nguyen.admin'")).toBe(0);
  });

  it('an account an administrator creates through the API in a demo is a demo account: the demo stays whole', async () => {
    const { app } = await start();
    const admin = new TestClient(app);
    expect(
      (await admin.request('POST', '/api/auth/sign-in', { username: 'admin', password: DEMO_PASSWORD }))
        .status,
    ).toBe(200);
    const agencyId = (await admin.request('GET', '/api/auth/session')).json.user.agency.id;
    const created = await admin.request('POST', '/api/admin/users', {
      username: 'tried.in.demo',
      displayName: 'Thử trong bản demo',
      agencyId,
      roles: ['auditor'],
    });
    expect(created.status).toBe(201);
    expect(await count("username = 'tried.in.demo' and demo")).toBe(1);
    // It belongs to the demo, but only the documented accounts skip the second factor.
    const owner = new TestClient(app);
    const password = 'mật khẩu riêng của tôi';
    const setup = await owner.request('POST', '/api/auth/password-setup', {
      token: created.json.passwordSetup.token,
      newPassword: password,
    });
    expect(setup.status).toBeLessThan(300);
    const own = await owner.request('POST', '/api/auth/sign-in', { username: 'tried.in.demo', password });
    expect(own.json.stage).toBe('mfa_enrolment');

    const restarted = await start();
    expect(restarted.prepared.demo).toBe(true);
    expect((await signIn(restarted.app, 'admin')).json.stage).toBe('active');
  });

  it('real accounts found beside the demo end it at the next start: every demo password is refused, the banner is gone', async () => {
    const first = await start();
    const before = new TestClient(first.app);
    expect(
      (await before.request('POST', '/api/auth/sign-in', { username: 'admin', password: DEMO_PASSWORD }))
        .status,
    ).toBe(200);
    // The state today's main leaves behind: a real administrator made beside the demo.
    await fresh.testDb.asOwner(async (owner) => {
      const id = newId();
      const { rows } = await owner.query<{ agency_id: string }>(
        "select agency_id from users where username = 'admin'",
      );
      await owner.query('insert into users (id, agency_id, username, display_name) values ($1, $2, $3, $4)', [
        id,
        rows[0]?.agency_id,
        'real.admin',
        'Quản trị thật',
      ]);
      await recordSystemAudit(owner, { action: 'system.create_admin', resourceType: 'user', resourceId: id });
    });

    const { app, prepared } = await start();
    expect(prepared.demo).toBe(false);
    for (const username of DEMO_USERNAMES) {
      const answer = await signIn(app, username);
      expect({ username, status: answer.status }).toEqual({ username, status: 401 });
    }
    expect((await new TestClient(app).request('GET', '/api/instance')).json.demo).toBe(false);
    // The session opened with the published password before the restart is over too.
    expect(before.cookie).toBeTruthy();
    const sameBrowser = new TestClient(app);
    sameBrowser.cookie = before.cookie;
    expect((await sameBrowser.request('GET', '/api/auth/session')).status).toBe(401);
    expect(await count('demo and (disabled_at is null or password_hash is not null)')).toBe(0);
    expect(await count("username = 'real.admin' and disabled_at is null")).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeStep, totpAt } from '../../auth/totp';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;
let agencyId: string;
let counter = 0;
const freshUser = (roles = ['case_worker']) => t.createUser(`officer${++counter}`, agencyId, roles);

beforeAll(async () => {
  // One trusted proxy hop: X-Forwarded-For names the address of these in-process requests.
  t = await createTestApp({
    sessions: { idleMinutes: 30, maxHours: 12, trustProxy: { kind: 'hops', hops: 1 } },
  });
  agencyId = await t.createAgency('Trung tâm CTXH thử nghiệm');
});
afterAll(() => t.close());

async function ownerExec(sql: string, params: unknown[]) {
  await t.testDb.asOwner((owner) => owner.query(sql, params));
}

describe(`sign-in (${testEngine})`, () => {
  it('answers an unknown account exactly like a wrong password', async () => {
    const user = await freshUser();
    const wrong = await new TestClient(t.app).request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'not the password at all',
    });
    const unknown = await new TestClient(t.app).request('POST', '/api/auth/sign-in', {
      username: 'no.such.person',
      password: 'not the password at all',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    const strip = (body: { error: { requestId?: string } }) => ({ ...body.error, requestId: undefined });
    expect(strip(unknown.json)).toEqual(strip(wrong.json));
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('requires the second factor before the session can do anything', async () => {
    const user = await freshUser();
    const client = new TestClient(t.app);
    const first = await client.request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'a long test passphrase',
    });
    expect(first.json.stage).toBe('mfa_required');
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(401);
    const second = await client.request('POST', '/api/auth/mfa/verify', {
      code: totpAt(user.totpSecret, timeStep(new Date())),
    });
    expect(second.json.stage).toBe('active');
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(200);
  });

  it('accepts a TOTP code once only', async () => {
    const user = await freshUser();
    const code = totpAt(user.totpSecret, timeStep(new Date()));
    const first = new TestClient(t.app);
    await first.request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'a long test passphrase',
    });
    expect((await first.request('POST', '/api/auth/mfa/verify', { code })).status).toBe(200);

    const replay = new TestClient(t.app);
    await replay.request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'a long test passphrase',
    });
    const replayed = await replay.request('POST', '/api/auth/mfa/verify', { code });
    expect(replayed.status).toBe(400);
    expect(replayed.json.error.code).toBe('auth.invalid_code');
  });

  it('issues a new token at sign-in and after the second factor (no session fixation)', async () => {
    const user = await freshUser();
    const client = new TestClient(t.app);
    client.cookie = 'attacker-chosen-token-value-aaaaaaaaaaaaaaaaaaaa';
    await client.request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'a long test passphrase',
    });
    const afterPassword = client.cookie;
    expect(afterPassword).not.toBe('attacker-chosen-token-value-aaaaaaaaaaaaaaaaaaaa');
    await client.request('POST', '/api/auth/mfa/verify', {
      code: totpAt(user.totpSecret, timeStep(new Date())),
    });
    expect(client.cookie).not.toBe(afterPassword);
    const stale = new TestClient(t.app);
    stale.cookie = afterPassword;
    expect((await stale.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const user = await freshUser();
    const client = new TestClient(t.app);
    await client.signIn(user);
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(200);
    await ownerExec("update sessions set last_seen_at = now() - interval '31 minutes' where user_id = $1", [
      user.id,
    ]);
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(401);
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const user = await freshUser();
    const client = new TestClient(t.app);
    await client.signIn(user);
    await ownerExec("update sessions set expires_at = now() - interval '1 second' where user_id = $1", [
      user.id,
    ]);
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(401);
  });

  it('ends every session of a user at once when an administrator disables them', async () => {
    const admin = await freshUser(['agency_admin']);
    const user = await freshUser();
    const adminClient = new TestClient(t.app);
    await adminClient.signIn(admin);
    const userClient = new TestClient(t.app);
    await userClient.signIn(user);
    expect((await userClient.request('GET', '/api/account/sessions')).status).toBe(200);
    const disabled = await adminClient.request('PATCH', `/api/admin/users/${user.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await userClient.request('GET', '/api/account/sessions')).status).toBe(401);
    const again = await new TestClient(t.app).request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: 'a long test passphrase',
    });
    expect(again.status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or from another origin', async () => {
    const user = await freshUser();
    const client = new TestClient(t.app);
    await client.signIn(user);
    const [own] = (await client.request('GET', '/api/account/sessions')).json as { id: string }[];
    const forged = await client.request('DELETE', `/api/account/sessions/${own?.id}`, undefined, {
      'X-CSRF-Token': 'forged',
    });
    expect(forged.status).toBe(403);
    expect(forged.json.error.code).toBe('auth.csrf');
    const crossSite = await client.request('POST', '/api/auth/sign-out', undefined, {
      Origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect((await client.request('GET', '/api/account/sessions')).status).toBe(200);
  });

  it('slows down repeated failures for an account name, whether or not it exists', async () => {
    for (const username of [(await freshUser()).username, 'ghost.account']) {
      const client = new TestClient(t.app, { 'X-Forwarded-For': `10.0.0.${counter}` });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (await client.request('POST', '/api/auth/sign-in', { username, password: `wrong guess ${i}` }))
            .status,
        );
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.at(-1)).toBe(429);
    }
  });
});

describe('demo accounts', () => {
  it('skip the second factor only when the installation is in demo mode', async () => {
    const demoUser: TestUser = await t.createUser(`demo${++counter}`, agencyId, ['case_worker'], {
      demo: true,
    });
    const outsideDemo = await new TestClient(t.app).request('POST', '/api/auth/sign-in', {
      username: demoUser.username,
      password: 'a long test passphrase',
    });
    expect(outsideDemo.json.stage).toBe('mfa_required');
  });
});

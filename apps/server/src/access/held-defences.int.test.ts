// Defences that held when issue #12's attackers tried them, kept as regression tests: cross-site request
// forgery in its common variants, and recovery codes that work once only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { timeStep, totpAt } from '../auth/totp';
import { createTestApp, TEST_PASSWORD, type TestApp, TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

let t: TestApp;
let agencyId: string;
let counter = 0;
const freshUser = () => t.createUser(`held${++counter}`, agencyId, ['case_worker']);

beforeAll(async () => {
  t = await createTestApp();
  agencyId = await t.createAgency('Trung tâm CTXH kiểm thử phòng vệ');
});
afterAll(() => t.close());

async function signedIn() {
  const client = new TestClient(t.app);
  const answer = await client.signIn(await freshUser());
  expect(answer.json.stage).toBe('active');
  return client;
}

async function ownSessionId(client: TestClient): Promise<string> {
  const sessions = (await client.request('GET', '/api/account/sessions')).json as { id: string }[];
  const id = sessions[0]?.id;
  if (!id) throw new Error('no session listed');
  return id;
}

describe(`cross-site request forgery (${testEngine})`, () => {
  it('refuses every forged variant of a state-changing request, and the session survives each', async () => {
    const victim = await signedIn();
    const other = await signedIn();
    const sessionId = await ownSessionId(victim);
    const token = victim.csrfToken ?? '';
    const flipped = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    const withoutToken = { 'X-CSRF-Token': '' };
    const variants: [string, Record<string, string>][] = [
      ['no token at all', withoutToken],
      ['a made-up token', { 'X-CSRF-Token': 'forged' }],
      ["another session's token", { 'X-CSRF-Token': other.csrfToken ?? '' }],
      ['the token with one character changed', { 'X-CSRF-Token': flipped }],
      ['the token upper-cased', { 'X-CSRF-Token': token.toUpperCase() }],
      ['the token with a suffix', { 'X-CSRF-Token': `${token}0` }],
      ['the token truncated', { 'X-CSRF-Token': token.slice(0, 16) }],
      ['the session cookie value as token', { 'X-CSRF-Token': victim.cookie ?? '' }],
      ['the right token from another site', { 'X-CSRF-Token': token, Origin: 'https://evil.example' }],
      ['the right token from an opaque origin', { 'X-CSRF-Token': token, Origin: 'null' }],
      ['the right token from a look-alike host', { 'X-CSRF-Token': token, Origin: 'http://localhost.evil' }],
    ];
    for (const [name, headers] of variants) {
      const answer = await victim.request('DELETE', `/api/account/sessions/${sessionId}`, undefined, headers);
      expect(answer.status, name).toBe(403);
      expect(answer.json.error.code, name).toBe('auth.csrf');
    }
    const inQuery = await victim.request(
      'DELETE',
      `/api/account/sessions/${sessionId}?csrf=${encodeURIComponent(token)}`,
      undefined,
      withoutToken,
    );
    expect(inQuery.status, 'the token in the query string').toBe(403);
    const inBody = await victim.request('POST', '/api/auth/sign-out', { csrfToken: token }, withoutToken);
    expect(inBody.status, 'the token in the body').toBe(403);
    expect((await victim.request('GET', '/api/account/sessions')).status).toBe(200);

    const honest = await victim.request('POST', '/api/auth/sign-out');
    expect(honest.status).toBe(204);
    expect((await victim.request('GET', '/api/account/sessions')).status).toBe(401);
  });
});

describe(`recovery codes (${testEngine})`, () => {
  it('sign a person in once each, and never again', async () => {
    const user = await freshUser();
    await t.testDb.asOwner(async (owner) => {
      await owner.query('begin');
      await owner.query('update users set totp_secret = null, totp_enrolled_at = null where id = $1', [
        user.id,
      ]);
      await recordSystemAudit(owner, {
        action: 'test.mfa_unenrol',
        resourceType: 'user',
        resourceId: user.id,
      });
      await owner.query('commit');
    });
    const enrolling = new TestClient(t.app);
    const first = await enrolling.request('POST', '/api/auth/sign-in', {
      username: user.username,
      password: TEST_PASSWORD,
    });
    expect(first.json.stage).toBe('mfa_enrolment');
    const started = await enrolling.request('POST', '/api/auth/mfa/enrolment');
    const secret = started.json.secret as string;
    const confirmed = await enrolling.request('POST', '/api/auth/mfa/enrolment/confirm', {
      code: totpAt(secret, timeStep(new Date())),
    });
    expect(confirmed.status).toBe(200);
    const [recoveryCode] = confirmed.json.recoveryCodes as string[];

    const withRecovery = async () => {
      const client = new TestClient(t.app);
      await client.request('POST', '/api/auth/sign-in', { username: user.username, password: TEST_PASSWORD });
      return client.request('POST', '/api/auth/mfa/verify', { recoveryCode });
    };
    const once = await withRecovery();
    expect(once.status).toBe(200);
    expect(once.json.stage).toBe('active');
    const twice = await withRecovery();
    expect(twice.status).not.toBe(200);
    expect(twice.json.error).toBeDefined();
  });
});

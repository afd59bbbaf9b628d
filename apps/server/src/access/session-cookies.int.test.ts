// The session cookie as a browser receives it: Secure and __Host- whenever the public URL is https (the
// server itself then usually sits behind a TLS proxy and sees plain http), plain otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeStep, totpAt } from '../auth/totp';
import { loadConfig } from '../config';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

const PUBLIC_URL = 'https://lantern.example.org';
let plain: TestApp;
let behindTls: TestApp;

beforeAll(async () => {
  plain = await createTestApp({ sessions: loadConfig({}).sessions });
  behindTls = await createTestApp({ sessions: loadConfig({ LANTERN_PUBLIC_URL: PUBLIC_URL }).sessions });
});
afterAll(async () => {
  await plain?.close();
  await behindTls?.close();
});

async function userOf(t: TestApp): Promise<TestUser> {
  const agencyId = await t.createAgency('Trung tâm CTXH cookie');
  return t.createUser(`cookie.${Math.random().toString(36).slice(2, 8)}`, agencyId, ['case_worker']);
}

function post(t: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return t.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en', ...headers },
    body: JSON.stringify(body),
  });
}

describe(`the session cookie (${testEngine})`, () => {
  it('is Secure and __Host- prefixed when the public URL is https, and works through the proxy', async () => {
    const user = await userOf(behindTls);
    // The browser is at https://lantern.example.org; the proxy forwards plain http to the server.
    const signIn = await post(
      behindTls,
      '/api/auth/sign-in',
      { username: user.username, password: TEST_PASSWORD },
      { Origin: PUBLIC_URL },
    );
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-lantern_session=[^;]+;/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);

    const token = /__Host-lantern_session=([^;]+)/.exec(setCookie)?.[1];
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const verify = await post(
      behindTls,
      '/api/auth/mfa/verify',
      { code: totpAt(user.totpSecret, timeStep(new Date())) },
      { Origin: PUBLIC_URL, Cookie: `__Host-lantern_session=${token}`, 'X-CSRF-Token': csrfToken },
    );
    expect(verify.status).toBe(200);
    const active = /__Host-lantern_session=([^;]+)/.exec(verify.headers.get('set-cookie') ?? '')?.[1];
    const session = await behindTls.app.request('/api/auth/session', {
      headers: { Cookie: `__Host-lantern_session=${active}` },
    });
    expect(session.status).toBe(200);
    // The unprefixed name is not a way in: a cookie planted over plain http cannot stand for the session.
    const planted = await behindTls.app.request('/api/auth/session', {
      headers: { Cookie: `lantern_session=${active}` },
    });
    expect(planted.status).toBe(401);
  });

  it('still refuses another site as the Origin when a public URL is configured', async () => {
    const user = await userOf(behindTls);
    const forged = await post(
      behindTls,
      '/api/auth/sign-in',
      { username: user.username, password: TEST_PASSWORD },
      { Origin: 'https://lantern.example.org.evil.example' },
    );
    expect(forged.status).toBe(403);
  });

  it('is neither Secure nor prefixed on a plain-http installation (a browser would drop it)', async () => {
    const user = await userOf(plain);
    const signIn = await post(plain, '/api/auth/sign-in', {
      username: user.username,
      password: TEST_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^lantern_session=[^;]+;/);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(setCookie).toMatch(/; HttpOnly/);
  });
});

describe('LANTERN_PUBLIC_URL', () => {
  it('turns Secure cookies on for https only, and refuses what is not an http(s) address', () => {
    expect(loadConfig({ LANTERN_PUBLIC_URL: 'http://10.0.0.5:3000' }).sessions.secureCookies).toBe(false);
    expect(loadConfig({ LANTERN_PUBLIC_URL: `${PUBLIC_URL}/` }).sessions.publicOrigin).toBe(PUBLIC_URL);
    expect(() => loadConfig({ LANTERN_PUBLIC_URL: 'lantern.example.org' })).toThrow(/LANTERN_PUBLIC_URL/);
    expect(() => loadConfig({ LANTERN_TRUST_PROXY: 'yes' })).toThrow(/LANTERN_TRUST_PROXY/);
  });
});

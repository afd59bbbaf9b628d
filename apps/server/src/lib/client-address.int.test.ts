// Behind a reverse proxy the client may write anything into X-Forwarded-For; the proxy appends the address
// it really saw. A real HTTP server whose socket peer (127.0.0.1) is the configured proxy.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanternApp } from '../app';
import { createTestApp, TEST_PASSWORD, type TestApp, TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

let t: TestApp;
let server: ReturnType<typeof serve>;
let agencyId: string;
let counter = 0;
let overHttp: LanternApp;

beforeAll(async () => {
  t = await createTestApp({
    sessions: { trustProxy: { kind: 'addresses', networks: ['127.0.0.1', '::1'] } },
  });
  agencyId = await t.createAgency('Trung tâm CTXH sau proxy');
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // TestClient's cookie and CSRF handling, with every request going through the socket.
  overHttp = {
    request: (path: string, init: RequestInit) => fetch(`${base}${path}`, init),
  } as unknown as LanternApp;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** A request as the proxy forwards it: whatever the client claimed, then the address the proxy saw. */
const viaProxy = (claimed: string | null, seen: string) =>
  new TestClient(overHttp, { 'X-Forwarded-For': claimed ? `${claimed}, ${seen}` : seen });

describe(`the client address behind a trusted proxy (${testEngine})`, () => {
  it('is the one the proxy saw, not the one the client claimed', async () => {
    const user = await t.createUser(`proxied${++counter}`, agencyId, ['case_worker']);
    const client = viaProxy('6.6.6.6', '203.0.113.9');
    expect((await client.signIn(user)).json.stage).toBe('active');
    const sessions = (await client.request('GET', '/api/account/sessions')).json as { ip: string | null }[];
    expect(sessions.map((session) => session.ip)).toEqual(['203.0.113.9']);
  });

  it('is not escaped by rotating X-Forwarded-For: the guesser is throttled, the owner elsewhere is not', async () => {
    const victim = await t.createUser(`proxied${++counter}`, agencyId, ['case_worker']);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await viaProxy(`192.0.2.${i + 1}`, '203.0.113.66').request('POST', '/api/auth/sign-in', {
        username: victim.username,
        password: `guess ${i}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);

    const owner = viaProxy(null, '198.51.100.7');
    expect((await owner.signIn(victim, TEST_PASSWORD)).json.stage).toBe('active');
  });
});

// Sign-in throttling as people behind one shared address live it: an office's mistakes, or an attacker
// among them, must not lock a colleague out; a guessed-at account is stopped however the guesser moves.
// One trusted proxy hop, so X-Forwarded-For names the address of each in-process request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;
let agencyId: string;
let counter = 0;
const freshUser = () => t.createUser(`throttled${++counter}`, agencyId, ['case_worker']);
const from = (address: string) => new TestClient(t.app, { 'X-Forwarded-For': address });
const signInAs = (address: string, username: string, password: string) =>
  from(address).request('POST', '/api/auth/sign-in', { username, password });

beforeAll(async () => {
  t = await createTestApp({ sessions: { trustProxy: { kind: 'hops', hops: 1 } } });
  agencyId = await t.createAgency('Ủy ban nhân dân xã thử nghiệm');
});
afterAll(() => t.close());

describe(`sign-in from a shared address (${testEngine})`, () => {
  it("lets a colleague in after many other people's failures from the same address", async () => {
    const office = '203.0.113.10';
    const colleague = await freshUser();
    const others = [];
    for (let i = 0; i < 6; i++) others.push(await freshUser());
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const username = i % 2 === 0 ? (others[i % others.length]?.username ?? '') : `nobody.${i}`;
      statuses.push((await signInAs(office, username, `wrong guess ${i}`)).status);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(0);

    const client = from(office);
    const signedIn = await client.signIn(colleague);
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.stage).toBe('active');
  }, 90_000); // 24 argon2 verifications on a shared CI machine

  it('slows a very busy address down instead of refusing it', async () => {
    const office = '203.0.113.11';
    const colleague = await freshUser();
    // An hour in which this address has failed 110 times (the free allowance is 100).
    await t.testDb.asOwner((owner) =>
      owner.query(
        `insert into rate_limit_hits (scope, key, hits, last_hit_at, expires_at)
         values ('sign_in.address', $1, 110, now() - interval '1 minute', now() + interval '59 minutes')`,
        [office],
      ),
    );
    const started = performance.now();
    const answer = await signInAs(office, colleague.username, TEST_PASSWORD);
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe(`a guessed-at account (${testEngine})`, () => {
  it('is stopped early for one guesser, while its owner at another address still gets in', async () => {
    const victim = await freshUser();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await signInAs('198.51.100.66', victim.username, `guess ${i}`)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);

    const owner = from('203.0.113.12');
    expect((await owner.signIn(victim)).json.stage).toBe('active');
  });

  it('is throttled however the guesser rotates addresses', async () => {
    const victim = await freshUser();
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      statuses.push((await signInAs(`192.0.2.${i + 1}`, victim.username, `guess ${i}`)).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // While it lasts the block holds even for the right password, from yet another address.
    const right = await signInAs('192.0.2.200', victim.username, TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.json.error.code).toBe('auth.throttled');
  });
});

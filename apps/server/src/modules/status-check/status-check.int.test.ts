import { statusCheckAnswerSchema } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../../access/test-route-matrix';
import { createTestApp, signedInClient, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase, sharingConsent } from '../case-work/test-fixtures';

// The private status check (#20): a case worker of a Lào Cai centre issues a code for a case; the person
// checks it on the public page from their phone. One trusted proxy hop names each request's address.
let t: TestApp;
let worker: TestClient;
let workerB: TestClient;
let caseId: string;
let agencyB: string;
let phoneCount = 0;
/** A different address for each phone, so the per-address limit is only met where a test means to. */
const phone = () => {
  phoneCount += 1;
  return new TestClient(t.app, { 'X-Forwarded-For': `203.0.113.${phoneCount}` });
};
const check = (code: string, client = phone()) => client.request('POST', '/api/survivor/status', { code });
const clearLimits = () => t.testDb.asOwner((o) => o.query('delete from rate_limit_hits'));

beforeAll(async () => {
  t = await createTestApp({ sessions: { trustProxy: { kind: 'hops', hops: 1 } } });
  const centre = await t.createAgency('Trung tâm CTXH Lào Cai', '15');
  agencyB = await t.createAgency('Trường nghề Lào Cai', '15');
  worker = await signedInClient(t.app, await t.createUser('worker', centre, ['case_worker']));
  workerB = await signedInClient(t.app, await t.createUser('worker.b', agencyB, ['case_worker']));
  caseId = await registerCase(worker, 'Nguyễn Thị Lan');
}, 60_000);
afterAll(() => t?.close());

describe(`private status check (${testEngine})`, () => {
  it('issues a code once, stores only its keyed hash, and answers the allow-listed status', async () => {
    const issued = await worker.request('POST', `/api/cases/${caseId}/status-check/code`);
    expect(issued.status, JSON.stringify(issued.json)).toBe(201);
    expect(issued.json.code).toMatch(/^[A-Z2-9]{12}$/);
    expect(issued.json.enabled).toBe(true);
    const stored = await t.testDb.asOwner((o) => o.query('select code_hash from status_codes'));
    expect(JSON.stringify(stored.rows)).not.toContain(issued.json.code);
    const panel = await worker.request('GET', `/api/cases/${caseId}/status-check`);
    expect(panel.json).toEqual({ enabled: true, codeIssuedAt: expect.any(String) });

    // Typed on a phone, lower case with spaces, it still works.
    const typed = issued.json.code.toLowerCase().replace(/(.{4})/g, '$1 ');
    const answer = await check(typed);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toEqual({
      step: 'received',
      service: null,
      stepOn: null,
      nextVisitOn: null,
      agencyName: 'Trung tâm CTXH Lào Cai',
      agencyPhone: null,
    });
  });

  it('never answers a field outside its allow-list, however much the case holds', async () => {
    const consent = sharingConsent({ sharingAgencyIds: [agencyB] });
    expect((await worker.request('POST', `/api/cases/${caseId}/consents`, consent)).status).toBe(201);
    const referral = await worker.request('POST', `/api/cases/${caseId}/referrals`, {
      ...referralBody(),
      agencyId: agencyB,
      services: ['vn.VocationalTrainingAndEmployment'],
    });
    expect(referral.status, JSON.stringify(referral.json)).toBe(201);
    const accepted = await workerB.request('POST', `/api/referrals/${referral.json.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const code = (await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).json.code;
    const answer = await check(code);
    expect(answer.status).toBe(200);
    // The enumerated answer: exactly these keys, and none of the case's identifying values anywhere in it.
    expect(Object.keys(answer.json).sort()).toEqual(Object.keys(statusCheckAnswerSchema.shape).sort());
    expect(answer.json).toMatchObject({
      step: 'referral_accepted',
      service: 'vn.VocationalTrainingAndEmployment',
      stepOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const text = JSON.stringify(answer.json);
    for (const secret of ['Nguyễn', 'Lan', caseId, 'Trường nghề', 'LC-', '1998'])
      expect(text).not.toContain(secret);
  });

  it('ends the old code when a new one is issued, and on revocation', async () => {
    const first = (await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).json.code;
    const second = (await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).json.code;
    expect((await check(first)).status).toBe(404);
    expect((await check(second)).status).toBe(200);
    const revoked = await worker.request('DELETE', `/api/cases/${caseId}/status-check/code`);
    expect(revoked.json).toEqual({ enabled: true, codeIssuedAt: null });
    expect((await check(second)).status).toBe(404);
    // Pressed twice: nothing more to end, and no error.
    expect((await worker.request('DELETE', `/api/cases/${caseId}/status-check/code`)).status).toBe(200);
  });

  it('switched off, answers nothing, ends the live code and refuses a new one until switched on', async () => {
    const code = (await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).json.code;
    const off = await worker.request('PUT', `/api/cases/${caseId}/status-check`, { enabled: false });
    expect(off.json).toEqual({ enabled: false, codeIssuedAt: null });
    expect((await check(code)).status).toBe(404);
    const refused = await worker.request('POST', `/api/cases/${caseId}/status-check/code`);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('status_check.disabled');
    await worker.request('PUT', `/api/cases/${caseId}/status-check`, { enabled: true });
    expect((await check(code)).status).toBe(404);
    expect((await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).status).toBe(201);
  });

  it('answers an unknown code in the caller’s language, the same as a revoked one', async () => {
    const vi = await phone().request(
      'POST',
      '/api/survivor/status',
      { code: 'ABCD-EFGH-JKMN' },
      { 'Accept-Language': 'vi' },
    );
    expect(vi.status).toBe(404);
    expect(vi.json.error.code).toBe('status_check.unknown_code');
    expect(vi.json.error.message).toMatch(/Không tìm thấy mã/);
    expect((await check('not a code')).status).toBe(404);
    expect((await phone().request('POST', '/api/survivor/status', { code: 7 })).status).toBe(400);
  });

  it('limits attempts per address (20 in 15 minutes) and per code (10 an hour), failures included', async () => {
    await clearLimits();
    const one = phone();
    // A guesser trying a new code each time meets the address limit.
    const guess = (i: number) => `ABCD-EFGH-${'JKMNPQRSTVWXYZ23456789'.slice(i, i + 4)}`;
    for (let i = 0; i < 20; i += 1) expect((await check(guess(i % 18), one)).status).toBe(404);
    const limited = await check(guess(0), one);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('status_check.rate_limited');
    await clearLimits();
    const code = (await worker.request('POST', `/api/cases/${caseId}/status-check/code`)).json.code;
    for (let i = 0; i < 10; i += 1) expect((await check(code)).status).toBe(200);
    expect((await check(code)).status).toBe(429);
    await clearLimits();
  });

  it('audits issue, revocation, the switch and each lookup; the lookup names no code', async () => {
    const events = await t.testDb.asOwner((o) =>
      o.query<{ action: string; details: unknown }>(
        `select action, details from audit_events where action like 'status_check.%' order by seq`,
      ),
    );
    const actions = new Set(events.rows.map((row) => row.action));
    expect([...actions].sort()).toEqual([
      'status_check.issue',
      'status_check.lookup',
      'status_check.revoke',
      'status_check.settings',
    ]);
  });

  it('is the owning agency’s: another agency’s worker is told the case does not exist', async () => {
    for (const [method, path] of [
      ['GET', '/status-check'],
      ['POST', '/status-check/code'],
      ['DELETE', '/status-check/code'],
    ] as const)
      expect((await workerB.request(method, `/api/cases/${caseId}${path}`)).status).toBe(404);
    expect(
      (await workerB.request('PUT', `/api/cases/${caseId}/status-check`, { enabled: false })).status,
    ).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration, signedInClients } from '../modules/case-work/test-fixtures';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { SEAL_KEY_LABEL } from './chain';
import { sealOnce } from './seal-loop';
import { ownerRunner } from './sql-runner';
import { verifyLedger } from './verify-chain';

interface EventRow {
  action: string;
  outcome: string;
  reason: string | null;
  actorUserId: string | null;
  resourceType: string | null;
  resourceId: string | null;
}

/**
 * An auditor must see what people tried and were refused, not only what they did: a share without the
 * person's consent, a page without the permission. A 404 stays silent (it must not reveal that the record
 * exists, and probing would flood the trail).
 */
describe(`refused attempts in the audit trail (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let screener: TestUser;
  let auditor: TestUser;
  let outsider: TestUser;
  let hospital = '';
  let caseId = '';
  const as = signedInClients(() => t, TestClient);

  const refusals = async (query = '') => {
    const answer = await (await as(auditor)).request('GET', `/api/audit/events?outcome=refused${query}`);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    return answer.json.events as EventRow[];
  };

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    hospital = await t.createAgency('Bệnh viện Đa khoa Hà Tĩnh', '42', 'health_facility');
    const elsewhere = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    worker = await t.createUser('ht.worker', centre, ['case_worker']);
    screener = await t.createUser('ht.screener', centre, ['frontline_screener']);
    auditor = await t.createUser('ht.auditor', centre, ['auditor']);
    outsider = await t.createUser('na.worker', elsewhere, ['case_worker']);
    // Registered with consent to process only: no consent covers sharing with anyone.
    const registered = await (await as(worker)).request('POST', '/api/cases', registration('Trần Thị Mai'));
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    caseId = registered.json.id;
  }, 60_000);
  afterAll(() => t.close());

  it('keeps a share refused for lack of consent, and nothing of the share itself', async () => {
    const refused = await (await as(worker)).request('POST', `/api/cases/${caseId}/shares`, {
      agencyId: hospital,
      purpose: 'support',
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('case.share.no_consent');

    const history = await (await as(auditor)).request(
      'GET',
      `/api/audit/events?resourceType=case&resourceId=${caseId}`,
    );
    const events = history.json.events as EventRow[];
    expect(events.filter((event) => event.action === 'case.share')).toEqual([]);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'request.refused',
        outcome: 'refused',
        reason: 'case.share.no_consent',
        actorUserId: worker.id,
        resourceType: 'case',
        resourceId: caseId,
      }),
    );
    const shares = await (await as(worker)).request('GET', `/api/cases/${caseId}/shares`);
    expect(shares.json).toEqual([]);
  });

  it('keeps a request refused for lack of permission', async () => {
    const refused = await (await as(screener)).request('GET', '/api/audit/events');
    expect(refused.status).toBe(403);
    expect(await refusals(`&actorUserId=${screener.id}`)).toEqual([
      expect.objectContaining({ action: 'request.refused', reason: 'forbidden', outcome: 'refused' }),
    ]);
  });

  it("does not record another agency's 404 as a refusal", async () => {
    const hidden = await (await as(outsider)).request('GET', `/api/cases/${caseId}`);
    expect(hidden.status).toBe(404);
    expect(await refusals(`&actorUserId=${outsider.id}`)).toEqual([]);
  });

  it('the outcome filter shows refusals only, and the ledger still verifies with them in it', async () => {
    const all = await refusals();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.every((event) => event.outcome === 'refused')).toBe(true);
    const key = t.secrets.derive(SEAL_KEY_LABEL);
    await sealOnce(t.testDb.database, key);
    const report = await t.testDb.asOwner((o) => verifyLedger(ownerRunner(o), key));
    expect(report.breaks).toEqual([]);
  });

  it('refuses an outcome that is not one, with a field error', async () => {
    const answer = await (await as(auditor)).request('GET', '/api/audit/events?outcome=maybe');
    expect(answer.status).toBe(400);
  });

  it('the session probe answers 204 signed out and the session signed in, never 401', async () => {
    const anonymous = await new TestClient(t.app).request('GET', '/api/auth/probe');
    expect(anonymous.status).toBe(204);
    const signedIn = await (await as(worker)).request('GET', '/api/auth/probe');
    expect(signedIn.status).toBe(200);
    expect(signedIn.json).toMatchObject({
      stage: 'active',
      user: expect.objectContaining({ id: worker.id }),
    });
    const ended = new TestClient(t.app);
    ended.cookie = 'not-a-session';
    expect((await ended.request('GET', '/api/auth/probe')).status).toBe(204);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration } from '../case-work/test-fixtures';
import { fillDemoSupport } from './demo-support';

// The demo's support work gives the documented supervisor approvals to decide, written as the API writes them:
// the case worker asked, the supervisor decides; the case's support reads them back, sealed text opened.
let t: TestApp;
let worker: TestClient;
let supervisor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const centre = await t.createAgency('Trung tâm Công tác xã hội Lào Cai', '15', 'social_work_centre');
  worker = await signedInClient(t.app, await t.createUser('lan.nguyen', centre, ['case_worker']));
  supervisor = await signedInClient(t.app, await t.createUser('minh.tran', centre, ['supervisor']));
  for (const name of [
    'Giàng Thị Dua',
    'Lý Thị Mẩy',
    'Thào Thị Sua',
    'Vàng Thị Pằng',
    'Hầu Thị Dế',
    'Sần Thị Lìn',
  ])
    expect((await worker.request('POST', '/api/cases', registration(name))).status).toBe(201);
}, 120_000);
afterAll(() => t?.close());

describe(`demo support (${testEngine})`, () => {
  it('asks for allowances the supervisor decides: three waiting, two approved, one rejected with its reason', async () => {
    const filled = await t.testDb.asOwner((session) => fillDemoSupport(session, t.secrets));
    expect(filled).toBe(6);
    const count = async (status: string) =>
      (await supervisor.request('GET', `/api/support/approvals?status=${status}`)).json.length;
    expect([await count('pending'), await count('approved'), await count('rejected')]).toEqual([3, 2, 1]);
    const pending = (await supervisor.request('GET', '/api/support/approvals')).json[0];
    const support = await worker.request('GET', `/api/cases/${pending.caseId}/support`);
    expect(support.json.plans[0].objectives).toMatch(/\S/);
    expect(support.json.deliveries.map((d: { status: string }) => d.status).sort()).toEqual([
      'pending',
      'recorded',
    ]);
    const approved = await supervisor.request('POST', `/api/support/approvals/${pending.id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    // Run again, it finds no case without a plan: nothing doubles.
    expect(await t.testDb.asOwner((session) => fillDemoSupport(session, t.secrets))).toBe(0);
  });
});

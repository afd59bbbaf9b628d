import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerResourceOwner } from '../../access/resource-owners';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;
let requester: TestClient;
let ownerSupervisor: TestUser;
let agencyB: string;
const recordOfB = newId();
const reason = 'Người này đang cấp cứu tại bệnh viện, cần xác minh hồ sơ ngay';

beforeAll(async () => {
  t = await createTestApp();
  const agencyA = await t.createAgency('Requesting agency', '15');
  agencyB = await t.createAgency('Owning agency', '91');
  // A stand-in for the case module: one record, owned by agency B.
  registerResourceOwner('probe_record', async (_tx, id) => (id === recordOfB ? agencyB : null));
  requester = new TestClient(t.app);
  await requester.signIn(await t.createUser('bg.supervisor.a', agencyA, ['supervisor']));
  ownerSupervisor = await t.createUser('bg.supervisor.b', agencyB, ['supervisor']);
  await t.createUser('bg.worker.b', agencyB, ['case_worker']);
});
afterAll(() => t.close());

describe(`break-the-glass (${testEngine})`, () => {
  it('needs a written reason', async () => {
    const response = await requester.request('POST', '/api/access/break-glass', {
      resourceType: 'probe_record',
      resourceId: recordOfB,
      reason: 'urgent',
    });
    expect(response.status).toBe(400);
    expect(response.json.error.details[0].field).toBe('reason');
  });

  it('grants three hours on the record, tells the owning supervisors, and audits the reason', async () => {
    const before = Date.now();
    const response = await requester.request('POST', '/api/access/break-glass', {
      resourceType: 'probe_record',
      resourceId: recordOfB,
      reason,
    });
    expect(response.status).toBe(201);
    const hours = (new Date(response.json.expiresAt).getTime() - before) / 3600_000;
    expect(hours).toBeGreaterThan(2.99);
    expect(hours).toBeLessThanOrEqual(3.01);

    const supervisor = new TestClient(t.app);
    await supervisor.signIn(ownerSupervisor);
    const notifications = (await supervisor.request('GET', '/api/notifications')).json as {
      kind: string;
      data: Record<string, unknown>;
    }[];
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: 'break_glass',
      data: { resourceId: recordOfB, byUsername: 'bg.supervisor.a' },
    });

    const audited = await t.testDb.asOwner(
      async (o) =>
        (await o.query("select reason, resource_id from audit_events where action = 'access.break_glass'"))
          .rows,
    );
    expect(audited).toEqual([{ reason, resource_id: recordOfB }]);
  });

  it('answers 404 for a record that does not exist, and 403 to a role without the permission', async () => {
    const missing = await requester.request('POST', '/api/access/break-glass', {
      resourceType: 'probe_record',
      resourceId: newId(),
      reason,
    });
    expect(missing.status).toBe(404);
    const worker = new TestClient(t.app);
    await worker.signIn(await t.createUser('bg.worker.a', agencyB, ['case_worker']));
    const refused = await worker.request('POST', '/api/access/break-glass', {
      resourceType: 'probe_record',
      resourceId: recordOfB,
      reason,
    });
    expect(refused.status).toBe(403);
  });
});

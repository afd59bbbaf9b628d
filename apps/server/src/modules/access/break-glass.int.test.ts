import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerResourceOwner } from '../../access/resource-owners';
import { recordSystemAudit } from '../../audit/system-audit';
import { loadMigrations } from '../../db/migrations';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;
let requester: TestClient;
let ownerSupervisor: TestUser;
let agencyB: string;
const recordOfB = newId();
// Users write names into reasons; this one must never be found in the clear.
const reason = 'Chị Xuyến đang cấp cứu tại bệnh viện, cần xác minh hồ sơ ngay';
const category = 'emergency_safety';

/** Asks for break-the-glass access to agency B's record, with the reason and category unless `change` differs. */
const breakGlass = (client: TestClient, change: Record<string, unknown> = {}) =>
  client.request('POST', '/api/access/break-glass', {
    resourceType: 'probe_record',
    resourceId: recordOfB,
    reason,
    category,
    ...change,
  });

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
  it('needs a written reason and a category', async () => {
    const short = await breakGlass(requester, { reason: 'urgent' });
    expect(short.status).toBe(400);
    expect(short.json.error.details[0].field).toBe('reason');
    const uncategorised = await breakGlass(requester, { category: undefined });
    expect(uncategorised.status).toBe(400);
    expect(uncategorised.json.error.details[0].field).toBe('category');
  });

  it('grants three hours on the record; the owning supervisors are told, with the reason', async () => {
    const before = Date.now();
    const response = await breakGlass(requester);
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
      data: { resourceId: recordOfB, byUsername: 'bg.supervisor.a', category, reason },
    });
    expect(notifications[0]?.data).not.toHaveProperty('reasonSealed');
    const views = await t.testDb.asOwner((o) =>
      o.query("select actor_user_id from audit_events where action = 'notification.reasons_view'"),
    );
    expect(views.rows).toEqual([{ actor_user_id: ownerSupervisor.id }]);
  });

  it('keeps the reason sealed at rest, and the audit event holds the category only', async () => {
    const stored = await t.testDb.asOwner(async (o) => ({
      grants: (await o.query('select * from access_grants')).rows,
      notifications: (await o.query('select * from notifications')).rows,
      events: (await o.query('select * from audit_events')).rows,
    }));
    expect(stored.grants).toEqual([expect.objectContaining({ category, reason: null })]);
    expect(JSON.stringify(stored)).not.toMatch(/Xuyến|Xuyen|cấp cứu/i);
    const audited = await t.testDb.asOwner(
      async (o) =>
        (
          await o.query(
            "select reason, resource_id, details from audit_events where action = 'access.break_glass'",
          )
        ).rows,
    );
    expect(audited).toEqual([
      { reason: category, resource_id: recordOfB, details: expect.objectContaining({ category }) },
    ]);
  });

  it('answers 404 for a record that does not exist, and 403 to a role without the permission', async () => {
    const missing = await breakGlass(requester, { resourceId: newId() });
    expect(missing.status).toBe(404);
    const worker = new TestClient(t.app);
    await worker.signIn(await t.createUser('bg.worker.a', agencyB, ['case_worker']));
    const refused = await breakGlass(worker);
    expect(refused.status).toBe(403);
  });

  it('migration 0013 drops reasons written in the clear before it (SQL has no key to seal them)', async () => {
    const grantId = newId();
    const legacyUser = await t.createUser('bg.legacy', agencyB, ['supervisor']);
    await t.testDb.asOwner(async (o) => {
      await o.query(
        `insert into access_grants (id, user_id, resource_type, resource_id, reason, expires_at)
         values ($1, $2, 'probe_record', $3, $4, now() + interval '1 hour')`,
        [grantId, legacyUser.id, recordOfB, reason],
      );
      await recordSystemAudit(o, { action: 'test.legacy_grant', resourceType: 'access_grant' });
    });
    const migration = loadMigrations().find((m) => m.tag === '0013_consent_bound_sharing');
    const dataStatements = (migration?.statements ?? []).filter((statement) =>
      /TRIGGER access_grants_audited|UPDATE access_grants/.test(statement),
    );
    expect(dataStatements).toHaveLength(3);
    await t.testDb.asOwner(async (o) => {
      for (const statement of dataStatements) await o.exec(statement);
    });
    const { rows } = await t.testDb.asOwner((o) =>
      o.query('select reason from access_grants where id = $1', [grantId]),
    );
    expect(rows).toEqual([{ reason: null }]);
  });
});

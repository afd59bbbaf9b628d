import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import {
  createTestApp,
  signedInClient,
  signInWithPassword,
  type TestApp,
  type TestClient,
  type TestUser,
} from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

// Who may ask for a reset of whom, who may decide, and what a refusal leaves behind (issue #12 item 4).
let t: TestApp;
let agencyA: string;
let me: TestUser;
let admin: TestClient;
let otherAgencyAdmin: TestClient;
let supervisor: TestClient;
let worker: TestUser;
let workerClient: TestClient;
let rootAdmin: TestUser;
let agencyB: string;

beforeAll(async () => {
  t = await createTestApp();
  agencyA = await t.createAgency('Agency A', '15');
  agencyB = await t.createAgency('Agency B', '91');
  me = await t.createUser('a.admin', agencyA, ['agency_admin']);
  admin = await signedInClient(t.app, me);
  otherAgencyAdmin = await signedInClient(t.app, await t.createUser('b.admin', agencyB, ['agency_admin']));
  supervisor = await signedInClient(t.app, await t.createUser('a.supervisor', agencyA, ['supervisor']));
  worker = await t.createUser('a.worker', agencyA, ['case_worker']);
  workerClient = await signedInClient(t.app, worker);
  rootAdmin = await t.createUser('a.root', agencyA, ['system_admin']);
}, 60_000);
afterAll(() => t.close());

describe(`reset requests: who asks and who decides (${testEngine})`, () => {
  it('a refusal leaves the account as it was and tells the requester', async () => {
    const asked = await admin.request('POST', `/api/admin/users/${worker.id}/reset-requests`, {
      kind: 'mfa',
    });
    expect(asked.status).toBe(201);
    const id = asked.json.id as string;
    // Case workers decide nothing; another agency's administrator does not even see the request.
    expect((await workerClient.request('GET', '/api/reset-requests')).status).toBe(403);
    expect((await otherAgencyAdmin.request('POST', `/api/reset-requests/${id}/approve`)).status).toBe(404);
    expect((await otherAgencyAdmin.request('GET', '/api/reset-requests')).json).toEqual([]);

    const refused = await supervisor.request('POST', `/api/reset-requests/${id}/refuse`);
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ request: { status: 'refused' }, passwordSetup: null });
    expect((await workerClient.request('GET', '/api/auth/session')).status).toBe(200);
    const stillEnrolled = await signInWithPassword(t.app, worker.username);
    expect(stillEnrolled.json.stage).toBe('mfa_required');
    expect((await supervisor.request('POST', `/api/reset-requests/${id}/approve`)).status).toBe(409);
    expect((await admin.request('GET', '/api/notifications')).json).toContainEqual(
      expect.objectContaining({
        kind: 'reset_refused',
        data: expect.objectContaining({ username: 'a.worker' }),
      }),
    );
  });

  it('tells the people who may approve that a request waits for them', async () => {
    const colleague = await t.createUser('a.colleague', agencyA, ['case_worker']);
    const asked = await admin.request('POST', `/api/admin/users/${colleague.id}/reset-requests`, {
      kind: 'password',
    });
    expect(asked.status).toBe(201);
    const waiting = (await supervisor.request('GET', '/api/notifications')).json;
    expect(waiting).toContainEqual(
      expect.objectContaining({
        kind: 'reset_requested',
        data: expect.objectContaining({ requestId: asked.json.id }),
      }),
    );
    expect((await admin.request('GET', '/api/notifications')).json).not.toContainEqual(
      expect.objectContaining({ kind: 'reset_requested' }),
    );
  });

  it('refuses a request for one’s own account, and an agency administrator cannot reset a system administrator', async () => {
    const self = await admin.request('POST', `/api/admin/users/${me.id}/reset-requests`, { kind: 'mfa' });
    expect([self.status, self.json.error.code]).toEqual([409, 'account_recovery.not_for_self']);
    const upward = await admin.request('POST', `/api/admin/users/${rootAdmin.id}/reset-requests`, {
      kind: 'password',
    });
    expect(upward.status).toBe(403);
    const bad = await admin.request('POST', `/api/admin/users/${worker.id}/reset-requests`, {
      kind: 'everything',
    });
    expect(bad.status).toBe(400);
  });

  it('still hands the creating administrator the first link of a brand-new account', async () => {
    const created = await admin.request('POST', '/api/admin/users', {
      username: 'new.officer',
      displayName: 'New Officer',
      agencyId: agencyA,
      roles: ['case_worker'],
    });
    expect(created.status).toBe(201);
    const again = await admin.request('POST', `/api/admin/users/${created.json.user.id}/password-setup-link`);
    expect(again.status).toBe(200);
    expect(again.json.token.length).toBeGreaterThan(20);
  });

  it('does not let an administrator give themselves a case role', async () => {
    const response = await admin.request('PATCH', `/api/admin/users/${me.id}`, { roles: ['case_worker'] });
    expect([response.status, response.json.error.code]).toEqual([409, 'user.cannot_change_own_roles']);
    expect((await admin.request('GET', '/api/cases')).status).toBe(403);
  });

  it("a supervisor sees their own agency's pending request however many are pending across the country", async () => {
    const colleague = await t.createUser('a.crowded', agencyA, ['case_worker']);
    const asked = await admin.request('POST', `/api/admin/users/${colleague.id}/reset-requests`, {
      kind: 'password',
    });
    expect(asked.status).toBe(201);
    const bAdmin = await t.createUser('b.requester', agencyB, ['agency_admin']);
    await t.testDb.asOwner(async (owner) => {
      await owner.query('begin');
      await owner.query(
        `update account_reset_requests set requested_at = now() - interval '1 hour' where id = $1`,
        [asked.json.id],
      );
      await owner.query(
        `with staff as (
           insert into users (id, agency_id, username, display_name)
           select gen_random_uuid(), $1, 'b.staff' || n, 'B staff ' || n from generate_series(1, 210) n
           returning id)
         insert into account_reset_requests (id, user_id, kind, requested_by, expires_at)
         select gen_random_uuid(), id, 'mfa', $2, now() + interval '72 hours' from staff`,
        [agencyB, bAdmin.id],
      );
      await recordSystemAudit(owner, { action: 'test.reset_requests_elsewhere' });
      await owner.query('commit');
    });
    const pending = await supervisor.request('GET', '/api/reset-requests');
    expect(pending.status).toBe(200);
    const listed = pending.json as { id: string; user: { username: string } }[];
    expect(listed.map((r) => r.id)).toContain(asked.json.id);
    expect(listed.filter((r) => r.user.username.startsWith('b.'))).toEqual([]);
  });
});

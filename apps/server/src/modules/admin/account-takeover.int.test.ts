import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeStep, totpAt } from '../../auth/totp';
import {
  createTestApp,
  signedInClient,
  signInWithPassword,
  type TestApp,
  TestClient,
  type TestUser,
} from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase } from '../case-work/test-fixtures';

// Issue #12 item 4: an administrator (no case permission) must not reach case data by resetting a
// colleague's account. Each user signs in once per client; a TOTP code is accepted once per time step.
let t: TestApp;
let worker: TestUser;
let workerClient: TestClient;
let admin: TestClient;
let supervisor: TestClient;
let systemAdmin: TestClient;
let supervisorUser: TestUser;
let caseId: string;
let requestId: string;
const NEW_PASSWORD = 'mật khẩu mới của chị Lan 2026';

async function auditOf(userId: string) {
  const { rows } = await t.testDb.asOwner((o) =>
    o.query<{ action: string; outcome: string; actor_user_id: string }>(
      `select action, outcome, actor_user_id from audit_events where resource_id = $1 order by seq`,
      [userId],
    ),
  );
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  const agencyA = await t.createAgency('Social work centre A', '15');
  const agencyB = await t.createAgency('Social work centre B', '91');
  worker = await t.createUser('lan.worker', agencyA, ['case_worker']);
  supervisorUser = await t.createUser('minh.supervisor', agencyA, ['supervisor']);
  workerClient = await signedInClient(t.app, worker);
  admin = await signedInClient(t.app, await t.createUser('swc.admin', agencyA, ['agency_admin']));
  supervisor = await signedInClient(t.app, supervisorUser);
  systemAdmin = await signedInClient(t.app, await t.createUser('root.admin', agencyB, ['system_admin']));
  caseId = await registerCase(workerClient, 'Nguyễn Thị Lan');
}, 60_000);
afterAll(() => t.close());

describe(`an administrator resetting a case worker's account (${testEngine})`, () => {
  it('gets no password link from the old route, and the account is left untouched', async () => {
    const response = await admin.request('POST', `/api/admin/users/${worker.id}/password-setup-link`);
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe('account_recovery.approval_required');
    expect(JSON.stringify(response.json)).not.toMatch(/token/i);
    expect((await workerClient.request('GET', '/api/auth/session')).status).toBe(200);
    expect(await auditOf(worker.id)).toContainEqual(
      expect.objectContaining({ action: 'admin.user.password_reset', outcome: 'denied' }),
    );
  });

  it('can only ask: the request carries no token and changes nothing yet', async () => {
    const response = await admin.request('POST', `/api/admin/users/${worker.id}/reset-requests`, {
      kind: 'password',
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: 'pending', kind: 'password', decidedBy: null });
    expect(JSON.stringify(response.json)).not.toMatch(/token/i);
    requestId = response.json.id;
    const again = await admin.request('POST', `/api/admin/users/${worker.id}/reset-requests`, {
      kind: 'password',
    });
    expect([again.status, again.json.id]).toEqual([200, requestId]);
    expect((await workerClient.request('GET', '/api/auth/session')).status).toBe(200);
    const worksStill = await signInWithPassword(t.app, worker.username);
    expect(worksStill.json.stage).toBe('mfa_required');
  });

  it('cannot approve their own request, and the attempt is audited', async () => {
    const response = await admin.request('POST', `/api/reset-requests/${requestId}/approve`);
    expect(response.status).toBe(403);
    expect(response.json.error.code).toBe('account_recovery.second_person_required');
    expect(JSON.stringify(response.json)).not.toMatch(/token/i);
    expect((await admin.request('GET', '/api/reset-requests')).json).toEqual([]);
    expect(await auditOf(worker.id)).toContainEqual(
      expect.objectContaining({ action: 'admin.user.reset_approve', outcome: 'denied' }),
    );
    // The account holder cannot approve a reset of their own account either.
    expect((await workerClient.request('POST', `/api/reset-requests/${requestId}/approve`)).status).toBe(403);
    expect((await workerClient.request('GET', '/api/auth/session')).status).toBe(200);
  });

  it('cannot read the case worker’s cases or identities', async () => {
    expect((await admin.request('GET', `/api/cases/${caseId}`)).status).toBe(403);
    expect((await admin.request('GET', '/api/cases')).status).toBe(403);
    expect(
      (await admin.request('POST', '/api/persons/match', { fullName: 'Nguyen Thi Lan', birthYear: 1998 }))
        .status,
    ).toBe(403);
  });

  it('is approved by the agency supervisor: sessions end, the old password and second factor stop working', async () => {
    const pending = (await supervisor.request('GET', '/api/reset-requests')).json;
    expect(pending.map((r: { id: string }) => r.id)).toEqual([requestId]);
    const approved = await supervisor.request('POST', `/api/reset-requests/${requestId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.json.request).toMatchObject({
      status: 'performed',
      decidedBy: { username: 'minh.supervisor' },
    });
    const token = approved.json.passwordSetup.token as string;
    expect(token.length).toBeGreaterThan(20);

    expect((await workerClient.request('GET', '/api/auth/session')).status).toBe(401);
    const oldPassword = await signInWithPassword(t.app, worker.username);
    expect(oldPassword.status).toBe(401);
    // What the requester can see of the request afterwards still holds no link.
    const seen = await admin.request('GET', `/api/admin/users/${worker.id}/reset-requests`);
    expect(seen.json[0]).toMatchObject({ id: requestId, status: 'performed' });
    expect(JSON.stringify(seen.json)).not.toContain(token);
    expect((await systemAdmin.request('POST', `/api/reset-requests/${requestId}/approve`)).status).toBe(409);

    // The link works for the person it is handed to; they must enrol a second factor again.
    const lan = new TestClient(t.app);
    expect(
      (await lan.request('POST', '/api/auth/password-setup', { token, newPassword: NEW_PASSWORD })).status,
    ).toBe(204);
    const signIn = await lan.request('POST', '/api/auth/sign-in', {
      username: worker.username,
      password: NEW_PASSWORD,
    });
    expect(signIn.json.stage).toBe('mfa_enrolment');
    const notice = await lan.request('GET', '/api/account/reset-notice');
    expect(notice.json.reset).toMatchObject({
      kind: 'password',
      requestedBy: 'swc.admin',
      approvedBy: 'minh.supervisor',
    });
    expect(Date.now() - new Date(notice.json.reset.performedAt).getTime()).toBeLessThan(60_000);

    const enrolment = await lan.request('POST', '/api/auth/mfa/enrolment');
    const code = totpAt(enrolment.json.secret, timeStep(new Date()));
    expect((await lan.request('POST', '/api/auth/mfa/enrolment/confirm', { code })).status).toBe(200);
    // Still shown on the first page after enrolment, until Lan confirms she has read it.
    expect((await lan.request('GET', '/api/account/reset-notice')).json.reset).not.toBeNull();
    expect((await lan.request('POST', '/api/account/reset-notice/acknowledge')).status).toBe(204);
    expect((await lan.request('GET', '/api/account/reset-notice')).json.reset).toBeNull();
    const mine = (await lan.request('GET', '/api/notifications')).json;
    expect(mine).toContainEqual(
      expect.objectContaining({ kind: 'account_reset', data: expect.objectContaining({ kind: 'password' }) }),
    );

    const actions = (await auditOf(worker.id)).filter((e) => e.outcome === 'success').map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'admin.user.reset_request',
        'admin.user.reset_approve',
        'admin.user.password_reset',
        'auth.password_setup',
      ]),
    );
  });

  it('a second-factor reset approved by another administrator tells the agency supervisor', async () => {
    const colleague = await t.createUser('hoa.worker', worker.agencyId, ['case_worker']);
    const colleagueClient = await signedInClient(t.app, colleague);
    const asked = await admin.request('POST', `/api/admin/users/${colleague.id}/reset-requests`, {
      kind: 'mfa',
    });
    expect(asked.status).toBe(201);
    const approved = await systemAdmin.request('POST', `/api/reset-requests/${asked.json.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.json.passwordSetup).toBeNull();
    expect((await colleagueClient.request('GET', '/api/auth/session')).status).toBe(401);
    const again = await signInWithPassword(t.app, colleague.username);
    expect(again.json.stage).toBe('mfa_enrolment');
    const told = (await supervisor.request('GET', '/api/notifications')).json;
    expect(told).toContainEqual(
      expect.objectContaining({
        kind: 'account_reset',
        data: expect.objectContaining({ username: 'hoa.worker', kind: 'mfa', approvedBy: 'root.admin' }),
      }),
    );
  });
});

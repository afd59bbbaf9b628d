import { seedRoles, todayInVietNam } from '@lantern/domain';
import { afterAll, beforeAll, expect } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { newId } from '../lib/ids';
import { PNG, registerCase, sharingConsent, upload } from '../modules/case-work/test-fixtures';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../test-support/test-app';

/**
 * The world the role × route matrix runs in, shared by its test files: two agencies, a signed-in client per
 * seeded role (all in agency A), and records in both agencies to reach for. Placeholders name the tests;
 * the setup replaces them with real records.
 */
export const w = {
  t: undefined as unknown as TestApp,
  agencyA: '{agencyA}',
  agencyB: '{agencyB}',
  targetA: { id: '{userA}' } as TestUser,
  targetB: { id: '{userB}' } as TestUser,
  screeningA: '{screeningA}',
  screeningB: '{screeningB}',
  caseA: '{caseA}',
  caseB: '{caseB}',
  taskA: '{taskA}',
  attachmentA: '{attachmentA}',
  freshA: '{freshA}',
  referralA: '{referralA}',
  /** Open reset requests for accounts of agency A, asked by an administrator outside the matrix: one per decision. */
  pendingResets: { approve: [], refuse: [] } as Record<'approve' | 'refuse', string[]>,
  /** Consents of case A not yet withdrawn: withdrawing twice is a 409, so each withdrawal takes a fresh one. */
  withdrawable: [] as string[],
  // reintegration (#18): starting a follow-up twice or assessing a visit twice is a 409, so each takes a fresh one.
  reintegrationUnstarted: [] as string[],
  reintegrationVisits: [] as string[],
  /** An item of case A's reintegration plan: moving it to "in progress" can be repeated. */
  reintegrationItem: '{item}',
};
export const clients = new Map<string, TestClient>();
export const roleCodes = seedRoles.map((r) => r.code);
export const contactConsent = () => ({
  purpose: 'contact',
  method: 'signed_form',
  language: 'vie',
  obtainedOn: '2026-11-21',
  givenBy: 'person',
});
export const screeningBody = () => ({
  screenedAt: new Date().toISOString(),
  consentToInterview: true,
  interviewLanguage: 'vie',
  interpreterUsed: false,
  responses: [{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } }],
});

/** Builds the world before the file's tests and closes its database after them. */
export function useMatrixWorld() {
  beforeAll(setUpWorld, 120_000);
  afterAll(() => w.t?.close());
}

async function setUpWorld() {
  w.t = await createTestApp();
  w.agencyA = await w.t.createAgency('Agency A', '15');
  w.agencyB = await w.t.createAgency('Agency B', '91');
  w.targetA = await w.t.createUser('target.a', w.agencyA, ['case_worker']);
  w.targetB = await w.t.createUser('target.b', w.agencyB, ['case_worker']);
  for (const role of roleCodes) {
    const user = await w.t.createUser(`as.${role}`, w.agencyA, [role]);
    const client = new TestClient(w.t.app);
    const signedIn = await client.signIn(user);
    expect(signedIn.status).toBe(200);
    clients.set(role, client);
  }
  const screenerB = new TestClient(w.t.app);
  expect(
    (await screenerB.signIn(await w.t.createUser('screener.b', w.agencyB, ['frontline_screener']))).status,
  ).toBe(200);
  w.screeningB = (await screenerB.request('POST', '/api/screenings', screeningBody())).json.id;
  w.screeningA = (
    await (clients.get('frontline_screener') as TestClient).request(
      'POST',
      '/api/screenings',
      screeningBody(),
    )
  ).json.id;
  // Case work: a case in each agency, consents to withdraw, a task and an attachment in agency A.
  const caseWorkerA = clients.get('case_worker') as TestClient;
  w.caseA = await registerCase(caseWorkerA, 'Nguyễn Thị Lan');
  const workerB = new TestClient(w.t.app);
  expect((await workerB.signIn(await w.t.createUser('worker.b', w.agencyB, ['case_worker']))).status).toBe(
    200,
  );
  w.caseB = await registerCase(workerB, 'Trần Văn Hùng', '1985-07-01');
  for (let i = 0; i < roleCodes.length + 1; i += 1)
    w.withdrawable.push(
      (await caseWorkerA.request('POST', `/api/cases/${w.caseA}/consents`, contactConsent())).json.id,
    );
  // The person agreed to share with agency B, so case A can be referred there.
  const consent = sharingConsent({ sharingAgencyIds: [w.agencyB] });
  expect((await caseWorkerA.request('POST', `/api/cases/${w.caseA}/consents`, consent)).status).toBe(201);
  w.referralA = (
    await caseWorkerA.request('POST', `/api/cases/${w.caseA}/referrals`, referralBody())
  ).json.id;
  w.taskA = (
    await caseWorkerA.request('POST', `/api/cases/${w.caseA}/tasks`, { title: 'Matrix probe' })
  ).json.id;
  w.attachmentA = (await upload(w.t.app, caseWorkerA, w.caseA, { content: PNG, name: 'probe.png' })).json.id;
  await setUpReintegration(caseWorkerA);
  // A never-used account (its first password link may be re-issued) and reset requests waiting for a decision.
  w.freshA = (
    await (clients.get('agency_admin') as TestClient).request('POST', '/api/admin/users', {
      username: 'fresh.a',
      displayName: 'Fresh A',
      agencyId: w.agencyA,
      roles: ['case_worker'],
    })
  ).json.user.id;
  const requester = await w.t.createUser('reset.requester', w.agencyA, ['agency_admin']);
  for (const decision of ['approve', 'refuse'] as const) {
    for (let i = 0; i < roleCodes.length + 2; i += 1) {
      const target = await w.t.createUser(`reset.${decision}.${i}`, w.agencyA, ['case_worker']);
      const id = newId();
      await w.t.testDb.asOwner(async (owner) => {
        await owner.query(
          `insert into account_reset_requests (id, user_id, kind, requested_by, expires_at)
           values ($1, $2, 'mfa', $3, now() + interval '1 day')`,
          [id, target.id, requester.id],
        );
        await recordSystemAudit(owner, {
          action: 'test.reset_request',
          resourceType: 'user',
          resourceId: target.id,
        });
      });
      w.pendingResets[decision].push(id);
    }
  }
}

/** reintegration (#18): cases of agency A with no follow-up yet, and open visits of started ones. */
async function setUpReintegration(caseWorkerA: TestClient) {
  const needed = roleCodes.length + 1;
  for (let i = 0; i < needed + Math.ceil(needed / 4); i += 1)
    w.reintegrationUnstarted.push(
      await registerCase(caseWorkerA, `Matrix Follow-up ${i}`, `1990-01-${10 + i}`),
    );
  while (w.reintegrationVisits.length < needed) {
    const caseId = w.reintegrationUnstarted.pop() as string;
    const started = await caseWorkerA.request('POST', `/api/cases/${caseId}/reintegration`, {});
    expect(started.status).toBe(201);
    for (const visit of started.json.visits as { id: string }[])
      w.reintegrationVisits.push(`${caseId}/reintegration/visits/${visit.id}`);
  }
  const item = await caseWorkerA.request('POST', `/api/cases/${w.caseA}/reintegration/plan`, {
    supportType: 'vn.JobPlacement',
    agencyId: w.agencyA,
    targetOn: todayInVietNam(),
  });
  expect(item.status, JSON.stringify(item.json)).toBe(201);
  w.reintegrationItem = item.json.id;
}

/** A referral of case A to agency B (within the consent recorded in the setup). */
export const referralBody = () => ({
  agencyId: w.agencyB,
  services: ['vn.Medical'],
  urgency: 'high',
  reason: 'AdditionalServicesRequired',
  sections: [],
});

type Expectation = { allow: string[]; outOfScope?: { path: string; status: Record<string, number> } };

/**
 * One request of the specification, written independently of the implementation: which seeded roles may
 * make it. Everyone else gets 403 (or 401 when not signed in). Records of another agency answer 404.
 * `dryRun`: a POST that changes nothing (a scoring preview), so it leaves no audit event.
 */
export type MatrixRow = {
  method: string;
  path: () => string;
  body?: () => unknown;
  dryRun?: boolean;
  expect: Expectation;
};

/** The rows named for the test list (by their placeholders, before the setup runs). */
export const named = (rows: MatrixRow[]) => rows.map((m) => [`${m.method} ${m.path()}`, m] as const);

export const auditCount = async () =>
  Number(
    (await w.t.testDb.asOwner((o) => o.query('select count(*)::int as n from audit_events'))).rows[0]?.n ?? 0,
  );

/** Makes the row's request unsigned, then as every role, and checks the answer, the audit and the scope. */
export async function checkRow(m: MatrixRow) {
  const anonymous = await new TestClient(w.t.app).request(m.method, m.path(), m.body?.());
  expect(anonymous.status, 'not signed in').toBe(401);
  for (const role of roleCodes) {
    const client = clients.get(role) as TestClient;
    const before = await auditCount();
    const response = await client.request(m.method, m.path(), m.body?.());
    const allowed = m.expect.allow.includes(role);
    expect(response.status < 300, `${role}: ${response.status} ${JSON.stringify(response.json)}`).toBe(
      allowed,
    );
    if (!allowed) expect(response.status, role).toBe(403);
    if (allowed && m.method !== 'GET' && !m.dryRun)
      expect(await auditCount(), `${role} left no audit event`).toBeGreaterThan(before);
    if (m.expect.outOfScope && allowed) {
      const path = m.expect.outOfScope.path
        .replace('{B}', w.agencyB)
        .replace('{targetB}', w.targetB.id)
        .replace('{screeningB}', w.screeningB)
        .replace('{caseB}', w.caseB);
      const outside = await client.request(m.method, path, m.body?.());
      expect(outside.status, `${role} on another agency's record`).toBe(m.expect.outOfScope.status[role]);
    }
  }
}

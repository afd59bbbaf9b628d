import { findShippedInstrument, seedRoles } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { newId } from '../lib/ids';
import { PNG, registerCase, upload } from '../modules/case-work/test-fixtures';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { routeAccess, routeKey } from './route-access';

let t: TestApp;
// Placeholders name the tests; beforeAll replaces them with real records.
let agencyA = '{agencyA}';
let agencyB = '{agencyB}';
let targetA = { id: '{userA}' } as TestUser;
let targetB = { id: '{userB}' } as TestUser;
let screeningA = '{screeningA}';
let screeningB = '{screeningB}';
let caseA = '{caseA}';
let caseB = '{caseB}';
let taskA = '{taskA}';
let attachmentA = '{attachmentA}';
let freshA = '{freshA}';
/** Open reset requests for accounts of agency A, asked by an administrator outside the matrix: one per decision. */
const pendingResets: Record<'approve' | 'refuse', string[]> = { approve: [], refuse: [] };
/** Consents of case A not yet withdrawn: withdrawing twice is a 409, so each withdrawal takes a fresh one. */
const withdrawable: string[] = [];
let caseEdits = 0;
const contactConsent = () => ({
  purpose: 'contact',
  method: 'signed_form',
  language: 'vie',
  obtainedOn: '2026-11-21',
  givenBy: 'person',
});
const screeningBody = () => ({
  screenedAt: new Date().toISOString(),
  consentToInterview: true,
  interviewLanguage: 'vie',
  interpreterUsed: false,
  responses: [{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } }],
});
let instrumentVersion = 1;
const clients = new Map<string, TestClient>();
const roleCodes = seedRoles.map((r) => r.code);

beforeAll(async () => {
  t = await createTestApp();
  agencyA = await t.createAgency('Agency A', '15');
  agencyB = await t.createAgency('Agency B', '91');
  targetA = await t.createUser('target.a', agencyA, ['case_worker']);
  targetB = await t.createUser('target.b', agencyB, ['case_worker']);
  for (const role of roleCodes) {
    const user = await t.createUser(`as.${role}`, agencyA, [role]);
    const client = new TestClient(t.app);
    const signedIn = await client.signIn(user);
    expect(signedIn.status).toBe(200);
    clients.set(role, client);
  }
  const screenerB = new TestClient(t.app);
  expect(
    (await screenerB.signIn(await t.createUser('screener.b', agencyB, ['frontline_screener']))).status,
  ).toBe(200);
  screeningB = (await screenerB.request('POST', '/api/screenings', screeningBody())).json.id;
  screeningA = (
    await (clients.get('frontline_screener') as TestClient).request(
      'POST',
      '/api/screenings',
      screeningBody(),
    )
  ).json.id;
  // Case work: a case in each agency, consents to withdraw, a task and an attachment in agency A.
  const caseWorkerA = clients.get('case_worker') as TestClient;
  caseA = await registerCase(caseWorkerA, 'Nguyễn Thị Lan');
  const workerB = new TestClient(t.app);
  expect((await workerB.signIn(await t.createUser('worker.b', agencyB, ['case_worker']))).status).toBe(200);
  caseB = await registerCase(workerB, 'Trần Văn Hùng', '1985-07-01');
  for (let i = 0; i < roleCodes.length + 1; i += 1)
    withdrawable.push(
      (await caseWorkerA.request('POST', `/api/cases/${caseA}/consents`, contactConsent())).json.id,
    );
  taskA = (await caseWorkerA.request('POST', `/api/cases/${caseA}/tasks`, { title: 'Matrix probe' })).json.id;
  attachmentA = (await upload(t.app, caseWorkerA, caseA, { content: PNG, name: 'probe.png' })).json.id;
  // A never-used account (its first password link may be re-issued) and reset requests waiting for a decision.
  freshA = (
    await (clients.get('agency_admin') as TestClient).request('POST', '/api/admin/users', {
      username: 'fresh.a',
      displayName: 'Fresh A',
      agencyId: agencyA,
      roles: ['case_worker'],
    })
  ).json.user.id;
  const requester = await t.createUser('reset.requester', agencyA, ['agency_admin']);
  for (const decision of ['approve', 'refuse'] as const) {
    for (let i = 0; i < roleCodes.length + 2; i += 1) {
      const target = await t.createUser(`reset.${decision}.${i}`, agencyA, ['case_worker']);
      const id = newId();
      await t.testDb.asOwner(async (owner) => {
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
      pendingResets[decision].push(id);
    }
  }
}, 120_000);
afterAll(() => t.close());

describe('every API route declares who may call it', () => {
  it('has an access rule for each route the app serves (a new route without one fails here)', () => {
    const served = t.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => routeKey(route.method, route.path))
      .filter((key) => !key.startsWith('GET /api/test/'));
    const missing = [...new Set(served)].filter((key) => !routeAccess.has(key));
    expect(missing).toEqual([]);
  });
});

type Expectation = { allow: string[]; outOfScope?: { path: string; status: Record<string, number> } };

/**
 * The specification, written independently of the implementation: for each request, which seeded roles
 * may make it. Everyone else gets 403 (or 401 when not signed in). Records of another agency answer 404
 * to agency-level administrators.
 */
const ADMINS = ['system_admin', 'agency_admin'];
const SCREENERS = ['frontline_screener', 'case_worker', 'supervisor'];
const LOCAL_VALUES = '/api/admin/vocabularies/online-platform/local-values';
/** `dryRun`: a POST that changes nothing (a scoring preview), so it leaves no audit event. */
const matrix: {
  method: string;
  path: () => string;
  body?: () => unknown;
  dryRun?: boolean;
  expect: Expectation;
}[] = [
  { method: 'GET', path: () => '/api/auth/session', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/account/sessions', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/account/reset-notice', expect: { allow: roleCodes } },
  { method: 'POST', path: () => '/api/account/reset-notice/acknowledge', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/notifications', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/admin/agencies', expect: { allow: ADMINS } },
  { method: 'GET', path: () => '/api/admin/agency-types', expect: { allow: ADMINS } },
  { method: 'GET', path: () => '/api/admin/roles', expect: { allow: ADMINS } },
  { method: 'GET', path: () => '/api/admin/users', expect: { allow: ADMINS } },
  {
    method: 'POST',
    path: () => '/api/admin/agencies',
    body: () => ({ name: `New agency ${Math.random()}`, typeCode: 'ngo', provinceCode: '42' }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'PATCH',
    path: () => `/api/admin/agencies/${agencyA}`,
    body: () => ({ name: 'Agency A (renamed)' }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'GET',
    path: () => `/api/admin/agencies/${agencyA}/offices`,
    expect: {
      allow: ADMINS,
      outOfScope: {
        path: `/api/admin/agencies/{B}/offices`,
        status: { system_admin: 200, agency_admin: 404 },
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/admin/agencies/${agencyA}/offices`,
    body: () => ({ name: `Intake desk ${Math.random()}` }),
    expect: { allow: ADMINS },
  },
  {
    method: 'POST',
    path: () => '/api/admin/users',
    body: () => ({
      username: `new.${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'New Officer',
      agencyId: agencyA,
      roles: ['case_worker'],
    }),
    expect: { allow: ADMINS },
  },
  {
    method: 'GET',
    path: () => `/api/admin/users/${targetA.id}`,
    expect: {
      allow: ADMINS,
      outOfScope: { path: '/api/admin/users/{targetB}', status: { system_admin: 200, agency_admin: 404 } },
    },
  },
  {
    method: 'PATCH',
    path: () => `/api/admin/users/${targetA.id}`,
    body: () => ({ displayName: 'Target A' }),
    expect: {
      allow: ADMINS,
      outOfScope: { path: '/api/admin/users/{targetB}', status: { system_admin: 200, agency_admin: 404 } },
    },
  },
  // Only a never-used account gets a link straight away; resetting a used one takes a second person's approval.
  { method: 'POST', path: () => `/api/admin/users/${freshA}/password-setup-link`, expect: { allow: ADMINS } },
  {
    method: 'POST',
    path: () => `/api/admin/users/${targetA.id}/reset-requests`,
    body: () => ({ kind: 'mfa' }),
    expect: {
      allow: ADMINS,
      outOfScope: {
        path: '/api/admin/users/{targetB}/reset-requests',
        status: { system_admin: 201, agency_admin: 404 },
      },
    },
  },
  {
    method: 'GET',
    path: () => `/api/admin/users/${targetA.id}/reset-requests`,
    expect: {
      allow: ADMINS,
      outOfScope: {
        path: '/api/admin/users/{targetB}/reset-requests',
        status: { system_admin: 200, agency_admin: 404 },
      },
    },
  },
  { method: 'GET', path: () => '/api/reset-requests', expect: { allow: [...ADMINS, 'supervisor'] } },
  {
    method: 'POST',
    path: () => `/api/reset-requests/${pendingResets.approve.shift() ?? '{resetA}'}/approve`,
    expect: { allow: [...ADMINS, 'supervisor'] },
  },
  {
    method: 'POST',
    path: () => `/api/reset-requests/${pendingResets.refuse.shift() ?? '{resetA}'}/refuse`,
    expect: { allow: [...ADMINS, 'supervisor'] },
  },
  { method: 'POST', path: () => `/api/admin/users/${targetA.id}/sessions/revoke`, expect: { allow: ADMINS } },
  { method: 'GET', path: () => '/api/audit/events', expect: { allow: ['auditor'] } },
  { method: 'GET', path: () => LOCAL_VALUES, expect: { allow: ['system_admin'] } },
  {
    method: 'POST',
    path: () => LOCAL_VALUES,
    body: () => ({
      code: 'local.MatrixProbe',
      labels: { vi: 'Kênh thử ma trận', en: 'Matrix probe channel', ar: 'قناة اختبار المصفوفة' },
    }),
    expect: { allow: ['system_admin'] },
  },
  // The local value added by the row above (rows run in order, and only one role may add it).
  {
    method: 'PATCH',
    path: () => `${LOCAL_VALUES}/local.MatrixProbe`,
    body: () => ({ labels: { vi: 'Kênh thử', en: 'Probe channel', ar: 'قناة اختبار' } }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'POST',
    path: () => `${LOCAL_VALUES}/local.MatrixProbe/retire`,
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'POST',
    path: () => `${LOCAL_VALUES}/local.MatrixProbe/reactivate`,
    expect: { allow: ['system_admin'] },
  },
];

matrix.push(
  { method: 'GET', path: () => '/api/instruments', expect: { allow: [...SCREENERS, 'system_admin'] } },
  {
    method: 'POST',
    path: () => '/api/persons/match',
    body: () => ({ fullName: 'Nguyen Thi Lan', birthYear: 1998 }),
    expect: { allow: ['frontline_screener', 'case_worker', 'supervisor', 'service_provider'] },
  },
  {
    method: 'POST',
    path: () => '/api/cases',
    body: () => ({
      person: {
        identity: { fullName: `Matrix Person ${Math.random().toString(36).slice(2, 8)}` },
        profile: {},
      },
      case: { receivedOn: '2026-11-20', intakeRoute: 'vn.Rescued' },
      consents: [
        {
          purpose: 'services',
          method: 'signed_form',
          language: 'vie',
          obtainedOn: '2026-11-20',
          givenBy: 'person',
        },
      ],
    }),
    expect: { allow: ['frontline_screener', 'case_worker', 'supervisor'] },
  },
  {
    method: 'GET',
    path: () => '/api/cases',
    expect: {
      allow: [
        'frontline_screener',
        'case_worker',
        'supervisor',
        'provincial_coordinator',
        'service_provider',
      ],
    },
  },
  { method: 'GET', path: () => '/api/duplicates', expect: { allow: ['supervisor'] } },
  { method: 'POST', path: () => '/api/duplicates/scan', expect: { allow: ['supervisor'] } },
  {
    method: 'GET',
    path: () => '/api/directory/agencies',
    expect: { allow: ['case_worker', 'supervisor', 'provincial_coordinator', 'service_provider'] },
  },
  {
    method: 'GET',
    path: () => '/api/instruments/act-means-purpose/1',
    expect: { allow: [...SCREENERS, 'system_admin'] },
  },
  {
    method: 'POST',
    path: () => '/api/instruments/act-means-purpose/1/score',
    body: () => ({ answers: { 'age-group': 'adult' } }),
    dryRun: true,
    expect: { allow: [...SCREENERS, 'system_admin'] },
  },
  {
    method: 'POST',
    path: () => '/api/instruments',
    body: () => {
      instrumentVersion += 1;
      return { definition: { ...findShippedInstrument('vn-scam-compound'), version: instrumentVersion } };
    },
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'POST',
    path: () => '/api/instruments/ilo-ec-labour/1/verification',
    body: () => ({ note: 'Checked against ILO WCMS_105023.' }),
    expect: { allow: ['system_admin'] },
  },
  { method: 'POST', path: () => '/api/screenings', body: screeningBody, expect: { allow: SCREENERS } },
  { method: 'GET', path: () => '/api/screenings', expect: { allow: SCREENERS } },
  {
    method: 'GET',
    path: () => `/api/screenings/${screeningA}`,
    expect: {
      allow: SCREENERS,
      outOfScope: {
        path: '/api/screenings/{screeningB}',
        status: { frontline_screener: 404, case_worker: 404, supervisor: 404 },
      },
    },
  },
);

/** Case work (modules/case-work): who may see the case, who works on it, who changes it. */
const CASE_READERS = ['case_worker', 'supervisor', 'service_provider', 'provincial_coordinator'];
const CASE_WORKERS = ['case_worker', 'supervisor', 'service_provider'];
const CASE_UPDATERS = ['case_worker', 'supervisor'];
const notFoundFor = (roles: string[]) => Object.fromEntries(roles.map((role) => [role, 404]));
const caseB404 = (suffix: string, roles: string[]) => ({
  path: `/api/cases/{caseB}${suffix}`,
  status: notFoundFor(roles),
});
const EXPLOITATION = ['ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage'];
matrix.push(
  {
    method: 'GET',
    path: () => `/api/cases/${caseA}/consents`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/consents', CASE_READERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${caseA}/consents`,
    body: contactConsent,
    expect: { allow: CASE_UPDATERS, outOfScope: caseB404('/consents', CASE_UPDATERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${caseA}/consents/${withdrawable.shift() ?? '{consentA}'}/withdraw`,
    body: () => ({}),
    expect: { allow: CASE_UPDATERS },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${caseA}/notes`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/notes', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${caseA}/notes`,
    body: () => ({ body: 'Matrix probe note' }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/notes', CASE_WORKERS) },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${caseA}/tasks`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/tasks', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${caseA}/tasks`,
    body: () => ({ title: 'Matrix probe task' }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/tasks', CASE_WORKERS) },
  },
  // Each request moves the due day, so every allowed request is a change (and audited).
  {
    method: 'PATCH',
    path: () => `/api/cases/${caseA}/tasks/${taskA}`,
    body: () => ({ dueOn: `2030-01-${String((caseEdits++ % 28) + 1).padStart(2, '0')}` }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${caseA}/attachments`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/attachments', CASE_WORKERS) },
  },
  // Upload (multipart) and download (binary) are not JSON: see "case attachments × role" below.
  {
    method: 'GET',
    path: () => `/api/cases/${caseA}/timeline`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/timeline', CASE_READERS) },
  },
  {
    method: 'PATCH',
    path: () => `/api/cases/${caseA}`,
    body: () => ({ exploitationTypes: EXPLOITATION.slice(0, (caseEdits++ % 4) + 1) }),
    expect: { allow: CASE_UPDATERS, outOfScope: caseB404('', CASE_UPDATERS) },
  },
);

const auditCount = async () =>
  Number(
    (await t.testDb.asOwner((o) => o.query('select count(*)::int as n from audit_events'))).rows[0]?.n ?? 0,
  );

describe(`role × route (${testEngine})`, () => {
  it.each(matrix.map((m) => [`${m.method} ${m.path()}`, m] as const))(
    '%s',
    async (_name, m) => {
      const anonymous = await new TestClient(t.app).request(m.method, m.path(), m.body?.());
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
            .replace('{B}', agencyB)
            .replace('{targetB}', targetB.id)
            .replace('{screeningB}', screeningB)
            .replace('{caseB}', caseB);
          const outside = await client.request(m.method, path, m.body?.());
          expect(outside.status, `${role} on another agency's record`).toBe(m.expect.outOfScope.status[role]);
        }
      }
    },
    60_000,
  );

  it('case attachments × role: upload (multipart) and download (binary)', async () => {
    const cookie = (client: TestClient) => ({ Cookie: `lantern_session=${client.cookie}` });
    expect((await upload(t.app, new TestClient(t.app), caseA, { content: PNG, name: 'p.png' })).status).toBe(
      401,
    );
    for (const role of roleCodes) {
      const client = clients.get(role) as TestClient;
      const allowed = CASE_WORKERS.includes(role);
      const before = await auditCount();
      const uploaded = await upload(t.app, client, caseA, { content: PNG, name: 'p.png' });
      expect(uploaded.status, `${role} upload`).toBe(allowed ? 201 : 403);
      if (allowed) expect(await auditCount(), `${role} left no audit event`).toBeGreaterThan(before);
      const download = await t.app.request(`/api/cases/${caseA}/attachments/${attachmentA}`, {
        headers: cookie(client),
      });
      expect(download.status, `${role} download`).toBe(allowed ? 200 : 403);
      if (!allowed) continue;
      expect((await upload(t.app, client, caseB, { content: PNG, name: 'p.png' })).status, role).toBe(404);
      const foreign = await t.app.request(`/api/cases/${caseB}/attachments/${attachmentA}`, {
        headers: cookie(client),
      });
      expect(foreign.status, `${role} download from another agency's case`).toBe(404);
    }
  }, 60_000);

  it('answers another agency’s record with 404, the same as a record that does not exist', async () => {
    const client = clients.get('agency_admin') as TestClient;
    const foreign = await client.request('GET', `/api/admin/users/${targetB.id}`);
    const missing = await client.request('GET', '/api/admin/users/01a221cd-0000-7000-8000-000000000000');
    expect(foreign.status).toBe(404);
    expect({ ...foreign.json.error, requestId: 0 }).toEqual({ ...missing.json.error, requestId: 0 });
  });

  it('does not let an agency administrator hand out roles beyond one agency', async () => {
    const client = clients.get('agency_admin') as TestClient;
    for (const role of ['system_admin', 'auditor', 'programme_analyst']) {
      const response = await client.request('PATCH', `/api/admin/users/${targetA.id}`, { roles: [role] });
      expect(response.status, role).toBe(403);
    }
  });

  it('ignores an agency id supplied by an agency administrator for another agency', async () => {
    const client = clients.get('agency_admin') as TestClient;
    const response = await client.request('POST', '/api/admin/users', {
      username: 'smuggled.user',
      displayName: 'Smuggled',
      agencyId: agencyB,
      roles: ['case_worker'],
    });
    expect(response.status).toBe(404);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the survivor-voice routes (#20). The status check of a case is managed by the owning agency's
// case workers (case.update); another agency's case is not found. The public routes answer everyone alike,
// signed in or not, whatever their role: they read nothing of the caller. Feedback is collected by case
// workers (feedback.collect) and read by supervisors and agency administrators (feedback.review).
useMatrixWorld();

const CASE_WORKERS = ['case_worker', 'supervisor'];
const REVIEWERS = ['supervisor', 'agency_admin'];
/** Pending free texts of agency A, one for each screening call of the row; and one of agency B. */
const pendingTexts: string[] = [];
let pendingB = '{textB}';
let nextText = 0;
const device = (freeText: string) => ({
  serviceType: 'vn.Medical',
  answers: { respect: 'yes' },
  freeText,
});

beforeAll(async () => {
  const pendingIds = async (agency: string) =>
    (
      await w.t.testDb.asOwner((o) =>
        o.query<{ id: string }>(
          "select id from feedback_responses where agency_id = $1 and free_text_status = 'pending'",
          [agency],
        ),
      )
    ).rows.map((row) => row.id);
  const worker = clients.get('case_worker') as TestClient;
  for (let i = 0; i < roleCodes.length + 2; i += 1)
    expect((await worker.request('POST', '/api/feedback/responses', device(`Ý kiến ${i}`))).status).toBe(201);
  pendingTexts.push(...(await pendingIds(w.agencyA)));
  const workerB = new TestClient(w.t.app);
  expect((await workerB.signIn(await w.t.createUser('feedback.b', w.agencyB, ['case_worker']))).status).toBe(
    200,
  );
  expect((await workerB.request('POST', '/api/feedback/responses', device('Ý kiến B'))).status).toBe(201);
  pendingB = (await pendingIds(w.agencyB))[0] as string;
});
const caseB404 = (suffix: string) => ({
  path: `/api/cases/{caseB}${suffix}`,
  status: { case_worker: 404, supervisor: 404 },
});

const matrix: MatrixRow[] = [
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/status-check`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/status-check') },
  },
  {
    method: 'PUT',
    path: () => `/api/cases/${w.caseA}/status-check`,
    body: () => ({ enabled: true }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/status-check') },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/status-check/code`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/status-check/code') },
  },
  {
    method: 'DELETE',
    path: () => `/api/cases/${w.caseA}/status-check/code`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/status-check/code') },
  },
  {
    method: 'POST',
    path: () => '/api/feedback/codes',
    body: () => ({ serviceType: 'vn.Medical' }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => '/api/feedback/responses',
    body: () => device(''),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => '/api/feedback/survivor-mode/exit',
    body: () => ({ password: TEST_PASSWORD }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'GET',
    path: () => '/api/feedback/results?from=2026-01&to=2026-12',
    expect: { allow: REVIEWERS },
  },
  { method: 'GET', path: () => '/api/feedback/texts', expect: { allow: REVIEWERS } },
  {
    method: 'POST',
    path: () =>
      `/api/feedback/texts/${pendingTexts[nextText++ % Math.max(pendingTexts.length, 1)] ?? '{text}'}/screening`,
    body: () => ({ decision: 'cleared' }),
    expect: {
      allow: REVIEWERS,
      get outOfScope() {
        return {
          path: `/api/feedback/texts/${pendingB}/screening`,
          status: { supervisor: 404, agency_admin: 404 },
        };
      },
    },
  },
];

describe(`role × survivor-voice route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);

  it.each([['POST /api/survivor/status', '/api/survivor/status']])(
    '%s is public: the same answer signed out and for every role',
    async (_name, path) => {
      const body = { code: 'ABCD-EFGH-JKMN' };
      const anonymous = await new TestClient(w.t.app).request('POST', path, body);
      expect(anonymous.status).toBe(404);
      for (const role of roleCodes) {
        await w.t.testDb.asOwner((o) => o.query('delete from rate_limit_hits'));
        const answered = await (clients.get(role) as TestClient).request('POST', path, body);
        expect(answered.status, role).toBe(404);
      }
    },
  );
});

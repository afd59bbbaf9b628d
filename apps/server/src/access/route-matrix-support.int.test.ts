import { beforeAll, describe, expect, it } from 'vitest';
import { pdfWith, upload } from '../modules/case-work/test-fixtures';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the support routes (#18). Every call of a row, refused or not, takes a fresh record from a
// queue, so each allowed role acts on a record nobody decided before.
useMatrixWorld();

const CASE_WORKERS = ['case_worker', 'supervisor', 'service_provider'];
const caseB404 = (suffix: string) => ({
  path: `/api/cases/{caseB}${suffix}`,
  status: Object.fromEntries(CASE_WORKERS.map((role) => [role, 404])),
});
const SUPERVISOR_404 = { supervisor: 404 };
const queues = {
  drafts: [] as string[],
  plans: [] as string[],
  approvals: [] as string[],
  approvalsB: [] as string[],
  documents: [] as string[],
  evidence: [] as string[],
};
let recordedA = '{recordedA}';
let reviewedA = '{reviewedA}';
const take = (queue: string[]) => queue.shift() ?? '{queued}';
// One of each queued thing per role and row that spends it (approve and reject share the approvals).
const CALLS = roleCodes.length + 2;

const delivery = (extra: Record<string, unknown> = {}) => ({
  regime: 'vn.Medical',
  deliveredOn: '2026-11-25',
  ...extra,
});
const allowance = () => delivery({ regime: 'vn.InitialHardshipAllowanceAndLoans', amountVnd: 1_000_000 });

async function askFor(client: TestClient, caseId: string): Promise<string> {
  const recorded = await client.request('POST', `/api/cases/${caseId}/support-deliveries`, allowance());
  expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
  const asked = await client.request(
    'POST',
    `/api/cases/${caseId}/support-deliveries/${recorded.json.id}/approval-request`,
  );
  expect(asked.status).toBe(201);
  return asked.json.id;
}

beforeAll(async () => {
  const worker = clients.get('case_worker') as TestClient;
  const workerB = new TestClient(w.t.app);
  expect((await workerB.signIn(w.targetB)).status).toBe(200);
  recordedA = (await worker.request('POST', `/api/cases/${w.caseA}/support-deliveries`, delivery())).json.id;
  const reviewed = { planType: 'Legal', objectives: 'Trợ giúp pháp lý', startOn: '2026-11-21' };
  reviewedA = (await worker.request('POST', `/api/cases/${w.caseA}/support-plans`, reviewed)).json.id;
  for (let i = 0; i < CALLS; i += 1) {
    queues.drafts.push(
      (await worker.request('POST', `/api/cases/${w.caseA}/support-deliveries`, allowance())).json.id,
    );
    const plan = { planType: 'Health', objectives: 'Khám sức khỏe', startOn: '2026-11-21' };
    queues.plans.push((await worker.request('POST', `/api/cases/${w.caseA}/support-plans`, plan)).json.id);
    queues.approvals.push(await askFor(worker, w.caseA), await askFor(worker, w.caseA));
  }
  for (let i = 0; i < 4; i += 1) queues.approvalsB.push(await askFor(workerB, w.caseB));
  for (let i = 0; i < 2 * CALLS; i += 1) {
    const document = pdfWith(`biên nhận ${i}`);
    const { json } = await upload(w.t.app, worker, w.caseA, { content: document, name: `bn-${i}.pdf` });
    if (i < CALLS) queues.documents.push(json.id);
    else {
      await worker.request('POST', `/api/cases/${w.caseA}/support-deliveries/${recordedA}/evidence`, {
        attachmentId: json.id,
      });
      queues.evidence.push(json.id);
    }
  }
}, 120_000);

const matrix: MatrixRow[] = [
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/support`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/support') },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/support-plans`,
    body: () => ({ planType: 'SocialCare', objectives: 'Ổn định chỗ ở', startOn: '2026-11-21' }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/support-plans') },
  },
  {
    method: 'PATCH',
    path: () => `/api/cases/${w.caseA}/support-plans/${reviewedA}`,
    body: () => ({ reviewOn: '2027-01-15' }),
    expect: {
      allow: CASE_WORKERS,
      get outOfScope() {
        return caseB404(`/support-plans/${reviewedA}`);
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/support-plans/${take(queues.plans)}/closure-request`,
    body: () => ({ reason: 'Hoàn thành' }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/support-deliveries`,
    body: () => delivery(),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/support-deliveries') },
  },
  {
    method: 'PATCH',
    path: () => `/api/cases/${w.caseA}/support-deliveries/${recordedA}`,
    body: () => ({ quantity: 2 }),
    expect: {
      allow: CASE_WORKERS,
      get outOfScope() {
        return caseB404(`/support-deliveries/${recordedA}`);
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/support-deliveries/${take(queues.drafts)}/approval-request`,
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/support-deliveries/${recordedA}/evidence`,
    body: () => ({ attachmentId: take(queues.documents) }),
    expect: {
      allow: CASE_WORKERS,
      get outOfScope() {
        return caseB404(`/support-deliveries/${recordedA}/evidence`);
      },
    },
  },
  {
    method: 'DELETE',
    path: () => `/api/cases/${w.caseA}/support-deliveries/${recordedA}/evidence/${take(queues.evidence)}`,
    expect: { allow: CASE_WORKERS },
  },
  { method: 'GET', path: () => '/api/support/approvals', expect: { allow: ['supervisor'] } },
  {
    method: 'POST',
    path: () => `/api/support/approvals/${take(queues.approvals)}/approve`,
    body: () => ({}),
    expect: {
      allow: ['supervisor'],
      get outOfScope() {
        return { path: `/api/support/approvals/${queues.approvalsB[0]}/approve`, status: SUPERVISOR_404 };
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/support/approvals/${take(queues.approvals)}/reject`,
    body: () => ({ reason: 'Thiếu chứng từ' }),
    expect: {
      allow: ['supervisor'],
      get outOfScope() {
        return { path: `/api/support/approvals/${queues.approvalsB[1]}/reject`, status: SUPERVISOR_404 };
      },
    },
  },
  {
    method: 'GET',
    path: () => '/api/support/rates',
    expect: { allow: [...CASE_WORKERS, 'system_admin'] },
  },
  {
    method: 'POST',
    path: () => '/api/support/rates',
    body: () => ({
      regime: 'vn.TravelCosts',
      ceilingVnd: 2_000_000,
      effectiveFrom: '2025-07-01',
      example: true,
    }),
    expect: { allow: ['system_admin'] },
  },
];

describe(`role × support route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

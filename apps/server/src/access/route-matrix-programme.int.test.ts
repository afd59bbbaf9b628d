import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, useMatrixWorld, w } from './test-route-matrix';

// Who may call the training register and the partner exports (#19). Agency administrators keep their agency's
// trainings (another agency's is 404 to change); programme analysts and system administrators download the
// k-anonymised CTDC file; supervisors (and the data transfer officer role) export their agency's cases.
useMatrixWorld();

let trainingA = '{trainingA}';
let trainingB = '{trainingB}';
const training = () => ({
  heldOn: '2026-03-10',
  title: 'Tập huấn quy trình chuyển gửi',
  tools: ['vn.ReferralProcedure'],
  participants: [{ agencyId: w.agencyA, role: 'vn.SocialWorker', count: 4 }],
});

beforeAll(async () => {
  const adminA = clients.get('agency_admin') as TestClient;
  const recorded = await adminA.request('POST', '/api/training/events', training());
  expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
  trainingA = recorded.json.id;
  const adminB = new TestClient(w.t.app);
  expect((await adminB.signIn(await w.t.createUser('admin.b', w.agencyB, ['agency_admin']))).status).toBe(
    200,
  );
  trainingB = (await adminB.request('POST', '/api/training/events', training())).json.id;
});

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/training/events', expect: { allow: ['agency_admin'] } },
  { method: 'POST', path: () => '/api/training/events', body: training, expect: { allow: ['agency_admin'] } },
  {
    method: 'PATCH',
    path: () => `/api/training/events/${trainingA}`,
    body: () => ({ title: 'Tập huấn quy trình chuyển gửi (sửa)' }),
    expect: {
      allow: ['agency_admin'],
      get outOfScope() {
        return { path: `/api/training/events/${trainingB}`, status: { agency_admin: 404 } };
      },
    },
  },
  {
    method: 'GET',
    path: () => '/api/exports/ctdc?from=2026-01-01&to=2026-12-31',
    expect: { allow: ['programme_analyst', 'system_admin'] },
  },
  {
    method: 'POST',
    path: () => '/api/exports/htcds',
    body: () => ({ from: '2026-01-01', to: '2026-12-31' }),
    expect: { allow: ['supervisor', 'data_transfer_officer'] },
  },
];

describe(`role × training and export route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the self-help group routes (#18): the facilitating agency's case workers and supervisors manage;
// service providers and provincial coordinators read; another agency's group answers 404 to a write.
useMatrixWorld();

const MANAGERS = ['case_worker', 'supervisor'];
const READERS = [...MANAGERS, 'service_provider', 'provincial_coordinator'];
const CASE_READERS = ['case_worker', 'supervisor', 'service_provider'];
const managers404 = (path: string) => ({
  path,
  status: Object.fromEntries(MANAGERS.map((role) => [role, 404])),
});
const g = { a: '{groupA}', b: '{groupB}', memberB: '{memberB}', leavers: [] as string[] };
const group = (name: string) => ({
  name,
  communeCode: '19753',
  startedOn: '2026-09-01',
  livelihoodFocus: 'vn.Handicraft',
});
const community = () => ({ kind: 'community', name: 'Phan Thị Cúc', joinedOn: '2026-09-10' });
const meeting = () => ({
  heldOn: '2026-10-01',
  topic: 'Tập huấn may',
  activities: ['vn.Training'],
  attendedCount: 3,
  savingsVnd: 200_000,
});

beforeAll(async () => {
  const worker = clients.get('case_worker') as TestClient;
  const workerB = new TestClient(w.t.app);
  expect((await workerB.signIn(w.targetB)).status).toBe(200);
  g.a = (await worker.request('POST', '/api/groups', group('Nhóm A'))).json.id;
  g.b = (await workerB.request('POST', '/api/groups', group('Nhóm B'))).json.id;
  g.memberB = (await workerB.request('POST', `/api/groups/${g.b}/members`, community())).json.id;
  // Every call of the row, refused or not, takes a fresh member (leaving twice is a 409).
  for (let i = 0; i < roleCodes.length + 1; i += 1)
    g.leavers.push((await worker.request('POST', `/api/groups/${g.a}/members`, community())).json.id);
  const joined = await worker.request('POST', `/api/groups/${g.a}/members`, {
    kind: 'survivor',
    caseId: w.caseA,
    joinedOn: '2026-09-10',
  });
  expect(joined.status, JSON.stringify(joined.json)).toBe(201);
}, 120_000);

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/groups', expect: { allow: READERS } },
  { method: 'POST', path: () => '/api/groups', body: () => group('Nhóm mới'), expect: { allow: MANAGERS } },
  { method: 'GET', path: () => `/api/groups/${g.a}`, expect: { allow: READERS } },
  {
    method: 'PATCH',
    path: () => `/api/groups/${g.a}`,
    body: () => ({ status: 'active' }),
    expect: {
      allow: MANAGERS,
      get outOfScope() {
        return managers404(`/api/groups/${g.b}`);
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/groups/${g.a}/members`,
    body: community,
    expect: {
      allow: MANAGERS,
      get outOfScope() {
        return managers404(`/api/groups/${g.b}/members`);
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/groups/${g.a}/members/${g.leavers.shift() ?? '{member}'}/left`,
    body: () => ({ leftOn: '2026-11-01' }),
    expect: {
      allow: MANAGERS,
      get outOfScope() {
        return managers404(`/api/groups/${g.b}/members/${g.memberB}/left`);
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/groups/${g.a}/meetings`,
    body: meeting,
    expect: {
      allow: MANAGERS,
      get outOfScope() {
        return managers404(`/api/groups/${g.b}/meetings`);
      },
    },
  },
  {
    method: 'GET',
    path: () => `/api/groups/${g.a}/case-candidates?code=LT-`,
    expect: {
      allow: MANAGERS,
      get outOfScope() {
        return managers404(`/api/groups/${g.b}/case-candidates?code=LT-`);
      },
    },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/groups`,
    expect: {
      allow: CASE_READERS,
      outOfScope: {
        path: '/api/cases/{caseB}/groups',
        status: Object.fromEntries(CASE_READERS.map((role) => [role, 404])),
      },
    },
  },
];

describe(`role × self-help group route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onlineRecruitmentCount } from '../modules/indicators/custom-indicator.test-support';
import { reportsIdle } from '../modules/reports/report-queue';
import type { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the indicator-target and review-report routes (#19): the readers of indicators (own scope or
// national) ask for reports and read their own; the system administrator sets targets.
useMatrixWorld();

const READERS = ['supervisor', 'provincial_coordinator', 'programme_analyst'];
const report = () => ({ fromYear: 2025, toYear: 2026, targetYear: 2026 });
/** Administrators' indicators the rows change and retire; each new one gets a code of its own. */
let composed = 0;
const newIndicator = () => onlineRecruitmentCount(`matrix_indicator_${++composed}`);
/** Each reader's own finished report; the row tests reach it by the reader's role. */
const own = new Map<string, string>();

beforeAll(async () => {
  for (const role of READERS) {
    const asked = await (clients.get(role) as TestClient).request('POST', '/api/reports/review', report());
    expect(asked.status, JSON.stringify(asked.json)).toBe(202);
    own.set(role, asked.json.id);
  }
  await reportsIdle();
  const admin = clients.get('system_admin') as TestClient;
  for (const code of ['matrix_changed', 'matrix_retired']) {
    const added = await admin.request('POST', '/api/indicators', onlineRecruitmentCount(code));
    expect(added.status, JSON.stringify(added.json)).toBe(201);
  }
}, 120_000);
// Jobs the rows queue are built before the world closes.
afterEach(() => reportsIdle());

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/indicator-targets', expect: { allow: [...READERS, 'system_admin'] } },
  {
    method: 'PUT',
    path: () => '/api/indicators/persons_received/targets',
    body: () => ({ targets: [{ year: 2026, value: 100 }] }),
    expect: { allow: ['system_admin'] },
  },
  { method: 'POST', path: () => '/api/indicators', body: newIndicator, expect: { allow: ['system_admin'] } },
  {
    method: 'PUT',
    path: () => '/api/indicators/matrix_changed',
    body: () => onlineRecruitmentCount('matrix_changed'),
    expect: { allow: ['system_admin'] },
  },
  { method: 'DELETE', path: () => '/api/indicators/matrix_retired', expect: { allow: ['system_admin'] } },
  { method: 'POST', path: () => '/api/reports/review', body: report, expect: { allow: READERS } },
  { method: 'GET', path: () => '/api/reports', expect: { allow: READERS } },
];

describe(`role × indicator-target and report route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);

  it.each(['', '/pdf', '/xlsx'])(
    'GET /api/reports/{id}%s: the requester reads their own, another reader gets 404, everyone else 403',
    async (suffix) => {
      const get = async (role: string, id: string) => {
        const client = clients.get(role) as TestClient;
        const response = await w.t.app.request(`/api/reports/${id}${suffix}`, {
          headers: { Cookie: `lantern_session=${client.cookie}` },
        });
        await response.arrayBuffer();
        return response.status;
      };
      const someone = own.get('supervisor') as string;
      expect((await w.t.app.request(`/api/reports/${someone}${suffix}`)).status, 'not signed in').toBe(401);
      for (const role of roleCodes) {
        const mine = own.get(role);
        if (mine) {
          expect(await get(role, mine), `${role} on their own report`).toBe(200);
          const other = own.get(role === 'supervisor' ? 'programme_analyst' : 'supervisor') as string;
          expect(await get(role, other), `${role} on another's report`).toBe(404);
        } else {
          expect(await get(role, someone), role).toBe(403);
        }
      }
    },
    60_000,
  );
});

import { describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the survivor-voice routes (#20). The status check of a case is managed by the owning agency's
// case workers (case.update); another agency's case is not found. The public routes answer everyone alike,
// signed in or not, whatever their role: they read nothing of the caller.
useMatrixWorld();

const CASE_WORKERS = ['case_worker', 'supervisor'];
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

import { referralWindows, vocabularies } from '@lantern/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { routeAccess, routeKey } from './route-access';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the administration and account routes; the case and screening routes are in
// route-matrix-cases.int.test.ts.
useMatrixWorld();

// Services of agency A for the withdrawal row to take one at a time (every call, refused or not, takes one).
const withdrawable: string[] = [];
beforeAll(async () => {
  const provider = clients.get('service_provider') as TestClient;
  for (const code of vocabularies['vn-referral-service'].codes.map((entry) => entry.code)) {
    const published = await provider.request('PUT', `/api/directory/services/${code}`, {});
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    withdrawable.push(code);
  }
});

describe('every API route declares who may call it', () => {
  it('has an access rule for each route the app serves (a new route without one fails here)', () => {
    const served = w.t.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => routeKey(route.method, route.path))
      .filter((key) => !key.startsWith('GET /api/test/'));
    const missing = [...new Set(served)].filter((key) => !routeAccess.has(key));
    expect(missing).toEqual([]);
  });
});

const ADMINS = ['system_admin', 'agency_admin'];
// The service directory: everyone who works with victims reads it; agencies that answer referrals publish.
const DIRECTORY_READERS = [
  'frontline_screener',
  'case_worker',
  'supervisor',
  'provincial_coordinator',
  'service_provider',
];
const PUBLISHERS = ['case_worker', 'supervisor', 'service_provider'];
const INDICATOR_READERS = ['supervisor', 'provincial_coordinator', 'programme_analyst'];
const LOCAL_VALUES = '/api/admin/vocabularies/online-platform/local-values';
const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/auth/session', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/account/sessions', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/account/reset-notice', expect: { allow: roleCodes } },
  { method: 'POST', path: () => '/api/account/reset-notice/acknowledge', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/notifications', expect: { allow: roleCodes } },
  { method: 'GET', path: () => '/api/admin/agencies', expect: { allow: ADMINS } },
  { method: 'GET', path: () => '/api/admin/agency-types', expect: { allow: ADMINS } },
  {
    method: 'PUT',
    path: () => '/api/admin/referral-windows',
    body: () => referralWindows,
    expect: { allow: ['system_admin'] },
  },
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
    path: () => `/api/admin/agencies/${w.agencyA}`,
    body: () => ({ name: 'Agency A (renamed)' }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'PATCH',
    path: () => '/api/admin/agency-types/ngo',
    body: () => ({ carriesCases: true }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'GET',
    path: () => `/api/admin/agencies/${w.agencyA}/offices`,
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
    path: () => `/api/admin/agencies/${w.agencyA}/offices`,
    body: () => ({ name: `Intake desk ${Math.random()}` }),
    expect: { allow: ADMINS },
  },
  {
    method: 'POST',
    path: () => '/api/admin/users',
    body: () => ({
      username: `new.${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'New Officer',
      agencyId: w.agencyA,
      roles: ['case_worker'],
    }),
    expect: { allow: ADMINS },
  },
  {
    method: 'GET',
    path: () => `/api/admin/users/${w.targetA.id}`,
    expect: {
      allow: ADMINS,
      outOfScope: { path: '/api/admin/users/{targetB}', status: { system_admin: 200, agency_admin: 404 } },
    },
  },
  {
    method: 'PATCH',
    path: () => `/api/admin/users/${w.targetA.id}`,
    body: () => ({ displayName: 'Target A' }),
    expect: {
      allow: ADMINS,
      outOfScope: { path: '/api/admin/users/{targetB}', status: { system_admin: 200, agency_admin: 404 } },
    },
  },
  // Only a never-used account gets a link straight away; resetting a used one takes a second person's approval.
  {
    method: 'POST',
    path: () => `/api/admin/users/${w.freshA}/password-setup-link`,
    expect: { allow: ADMINS },
  },
  {
    method: 'POST',
    path: () => `/api/admin/users/${w.targetA.id}/reset-requests`,
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
    path: () => `/api/admin/users/${w.targetA.id}/reset-requests`,
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
    path: () => `/api/reset-requests/${w.pendingResets.approve.shift() ?? '{resetA}'}/approve`,
    expect: { allow: [...ADMINS, 'supervisor'] },
  },
  {
    method: 'POST',
    path: () => `/api/reset-requests/${w.pendingResets.refuse.shift() ?? '{resetA}'}/refuse`,
    expect: { allow: [...ADMINS, 'supervisor'] },
  },
  {
    method: 'POST',
    path: () => `/api/admin/users/${w.targetA.id}/sessions/revoke`,
    expect: { allow: ADMINS },
  },
  { method: 'GET', path: () => '/api/audit/events', expect: { allow: ['auditor'] } },
  // Indicators (#19): own scope for indicators.read, the national suppressed scope for stats.read_aggregate.
  // The catalogue (definitions and targets, no figure) also for the administrator who enters targets.
  { method: 'GET', path: () => '/api/indicators', expect: { allow: [...INDICATOR_READERS, 'system_admin'] } },
  {
    method: 'GET',
    path: () => '/api/indicators/persons_received/values?from=2026-01-01&to=2026-12-31',
    expect: { allow: INDICATOR_READERS },
  },
  // Survivor voice is national only (decision 0007): the aggregate readers, each in the national scope.
  {
    method: 'GET',
    path: () => '/api/indicators/survivors_satisfied/values?from=2026-01-01&to=2026-12-31',
    expect: { allow: INDICATOR_READERS },
  },
  // The dashboard's data-quality panel (#19): own scope only, so indicators.read, not stats.read_aggregate.
  {
    method: 'GET',
    path: () => '/api/data-quality',
    expect: { allow: ['supervisor', 'provincial_coordinator'] },
  },
  // Where each province's screenings go by default (modules/referrals/receiving-agencies.int.test.ts).
  {
    method: 'GET',
    path: () => '/api/provinces/receiving-agencies',
    expect: { allow: ['provincial_coordinator', 'system_admin'] },
  },
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
  {
    method: 'GET',
    path: () => '/api/directory/services?service=vn.Shelter&province=15&age=16',
    expect: { allow: DIRECTORY_READERS },
  },
  {
    method: 'GET',
    path: () => `/api/directory/agencies/${w.agencyA}/services`,
    expect: {
      allow: DIRECTORY_READERS,
      // The directory holds no person's data: another agency's services are read like one's own.
      outOfScope: {
        path: '/api/directory/agencies/{B}/services',
        status: Object.fromEntries(DIRECTORY_READERS.map((role) => [role, 200])),
      },
    },
  },
  {
    method: 'PUT',
    path: () => '/api/directory/services/vn.Shelter',
    body: () => ({ capacityTotal: 20, capacityFree: Math.floor(Math.random() * 20) }),
    expect: { allow: PUBLISHERS },
  },
  {
    method: 'DELETE',
    path: () => `/api/directory/services/${withdrawable.shift() ?? 'vn.Shelter'}`,
    expect: { allow: PUBLISHERS },
  },
];

describe(`role × route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);

  it('answers another agency’s record with 404, the same as a record that does not exist', async () => {
    const client = clients.get('agency_admin') as TestClient;
    const foreign = await client.request('GET', `/api/admin/users/${w.targetB.id}`);
    const missing = await client.request('GET', '/api/admin/users/01a221cd-0000-7000-8000-000000000000');
    expect(foreign.status).toBe(404);
    expect({ ...foreign.json.error, requestId: 0 }).toEqual({ ...missing.json.error, requestId: 0 });
  });

  it('does not let an agency administrator hand out roles beyond one agency', async () => {
    const client = clients.get('agency_admin') as TestClient;
    for (const role of ['system_admin', 'auditor', 'programme_analyst', 'data_transfer_officer']) {
      const response = await client.request('PATCH', `/api/admin/users/${w.targetA.id}`, { roles: [role] });
      expect(response.status, role).toBe(403);
    }
  });

  it('ignores an agency id supplied by an agency administrator for another agency', async () => {
    const client = clients.get('agency_admin') as TestClient;
    const response = await client.request('POST', '/api/admin/users', {
      username: 'smuggled.user',
      displayName: 'Smuggled',
      agencyId: w.agencyB,
      roles: ['case_worker'],
    });
    expect(response.status).toBe(404);
  });
});

import { findShippedInstrument, todayInVietNam } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { PNG, upload } from '../modules/case-work/test-fixtures';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import {
  auditCount,
  checkRow,
  clients,
  contactConsent,
  type MatrixRow,
  named,
  referralBody,
  roleCodes,
  screeningBody,
  useMatrixWorld,
  w,
} from './test-route-matrix';

// Who may call the screening, case and case-work routes; the administration and account routes are in
// route-matrix.int.test.ts.
useMatrixWorld();

const SCREENERS = ['frontline_screener', 'case_worker', 'supervisor'];
let instrumentVersion = 1;
let caseEdits = 0;

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/instruments', expect: { allow: [...SCREENERS, 'system_admin'] } },
  {
    method: 'POST',
    path: () => '/api/persons/match',
    body: () => ({ fullName: 'Nguyen Thi Lan', birthYear: 1998 }),
    expect: { allow: ['frontline_screener', 'case_worker', 'supervisor', 'service_provider'] },
  },
  {
    method: 'POST',
    path: () => '/api/coordination-requests',
    // The reference a search in agency A returns for agency B's case.
    body: () => ({
      reference: w.t.secrets.seal(w.caseB, `coordination:${w.agencyA}`),
      contact: '0912 345 678',
    }),
    expect: { allow: ['frontline_screener', 'case_worker', 'supervisor', 'service_provider'] },
  },
  {
    method: 'GET',
    path: () => '/api/coordination/hand-over-options',
    expect: { allow: ['frontline_screener', 'case_worker', 'supervisor'] },
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
    // agency_admin (#19): names the agencies whose staff took part in a training.
    expect: {
      allow: ['case_worker', 'supervisor', 'provincial_coordinator', 'service_provider', 'agency_admin'],
    },
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
    path: () => `/api/screenings/${w.screeningA}`,
    expect: {
      allow: SCREENERS,
      outOfScope: {
        path: '/api/screenings/{screeningB}',
        status: { frontline_screener: 404, case_worker: 404, supervisor: 404 },
      },
    },
  },
  // Screening hand-off (sending, attaching: modules/referrals/screening-handoff.int.test.ts).
  {
    method: 'GET',
    path: () => `/api/screenings/${w.screeningA}/recipient`,
    expect: {
      allow: SCREENERS,
      outOfScope: {
        path: '/api/screenings/{screeningB}/recipient',
        status: { frontline_screener: 404, case_worker: 404, supervisor: 404 },
      },
    },
  },
  {
    method: 'GET',
    path: () => '/api/provinces/15/receiving-agency',
    expect: { allow: [...SCREENERS, 'provincial_coordinator', 'system_admin'] },
  },
  {
    method: 'PUT',
    path: () => '/api/provinces/15/receiving-agency',
    body: () => ({ agencyId: w.agencyB }),
    expect: { allow: ['provincial_coordinator', 'system_admin'] },
  },
];

/** Case work (modules/case-work): who may see the case, who works on it, who changes it. */
const CASE_READERS = ['case_worker', 'supervisor', 'service_provider', 'provincial_coordinator'];
const CASE_WORKERS = ['case_worker', 'supervisor', 'service_provider'];
const CASE_UPDATERS = ['case_worker', 'supervisor'];
const REFERRERS = ['case_worker', 'supervisor', 'provincial_coordinator'];
const notFoundFor = (roles: string[]) => Object.fromEntries(roles.map((role) => [role, 404]));
const caseB404 = (suffix: string, roles: string[]) => ({
  path: `/api/cases/{caseB}${suffix}`,
  status: notFoundFor(roles),
});
const EXPLOITATION = ['ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage'];
matrix.push(
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/consents`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/consents', CASE_READERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/consents`,
    body: contactConsent,
    expect: { allow: CASE_UPDATERS, outOfScope: caseB404('/consents', CASE_UPDATERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/consents/${w.withdrawable.shift() ?? '{consentA}'}/withdraw`,
    body: () => ({}),
    expect: { allow: CASE_UPDATERS },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/notes`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/notes', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/notes`,
    body: () => ({ body: 'Matrix probe note' }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/notes', CASE_WORKERS) },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/tasks`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/tasks', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/tasks`,
    body: () => ({ title: 'Matrix probe task' }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/tasks', CASE_WORKERS) },
  },
  // Each request moves the due day, so every allowed request is a change (and audited).
  {
    method: 'PATCH',
    path: () => `/api/cases/${w.caseA}/tasks/${w.taskA}`,
    body: () => ({ dueOn: `2030-01-${String((caseEdits++ % 28) + 1).padStart(2, '0')}` }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/attachments`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/attachments', CASE_WORKERS) },
  },
  // Upload (multipart) and download (binary) are not JSON: see "case attachments × role" below.
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/timeline`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/timeline', CASE_READERS) },
  },
  {
    method: 'PATCH',
    path: () => `/api/cases/${w.caseA}`,
    body: () => ({ exploitationTypes: EXPLOITATION.slice(0, (caseEdits++ % 4) + 1) }),
    expect: { allow: CASE_UPDATERS, outOfScope: caseB404('', CASE_UPDATERS) },
  },
  // PATCH /api/cases/{id}/person needs the version just read: its roles are in cases/correct-person.int.test.ts.
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/person`,
    expect: { allow: CASE_UPDATERS, outOfScope: caseB404('/person', CASE_UPDATERS) },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/person/history`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/person/history', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/referrals`,
    body: referralBody,
    expect: { allow: REFERRERS, outOfScope: caseB404('/referrals', REFERRERS) },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/referrals`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/referrals', CASE_READERS) },
  },
  { method: 'GET', path: () => '/api/referrals', expect: { allow: CASE_READERS } },
  { method: 'GET', path: () => '/api/referrals/counts', expect: { allow: CASE_READERS } },
  // The supervisor's view of the agency's referrals; the windows new referrals get (senders and administrators).
  { method: 'GET', path: () => '/api/referral-supervision', expect: { allow: ['supervisor'] } },
  {
    method: 'GET',
    path: () => '/api/referral-windows',
    expect: { allow: [...CASE_READERS, 'system_admin'] },
  },
  // The worklist and "my tasks": whoever works on cases; the team's tasks for supervisors only.
  { method: 'GET', path: () => '/api/worklist', expect: { allow: CASE_WORKERS } },
  { method: 'GET', path: () => '/api/tasks', expect: { allow: CASE_WORKERS } },
  { method: 'GET', path: () => '/api/tasks?assignee=team', expect: { allow: ['supervisor'] } },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/task-assignees`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/task-assignees', CASE_WORKERS) },
  },
  // reintegration (#18): read like the tasks; started and assessed by those who do the support work.
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/reintegration`,
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/reintegration', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.reintegrationUnstarted.shift() ?? '{case}'}/reintegration`,
    body: () => ({}),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/reintegration', CASE_WORKERS) },
  },
  {
    method: 'POST',
    path: () =>
      `/api/cases/${w.reintegrationVisits.shift() ?? '{case}/reintegration/visits/{visit}'}/assessment`,
    body: () => ({
      instrumentId: 'lantern-reintegration',
      instrumentVersion: 1,
      visitedOn: todayInVietNam(),
      answers: { 'econ-income': 'regular', 'psy-support': 'yes' },
    }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/reintegration/plan`,
    body: () => ({ supportType: 'vn.Counselling', agencyId: w.agencyA, targetOn: todayInVietNam() }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/reintegration/plan', CASE_WORKERS) },
  },
  {
    method: 'PATCH',
    path: () => `/api/cases/${w.caseA}/reintegration/plan/${w.reintegrationItem}`,
    body: () => ({ status: 'in_progress' }),
    expect: { allow: CASE_WORKERS },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/reintegration/livelihood`,
    body: () => ({
      recordedOn: todayInVietNam(),
      employmentStatus: 'vn.InTraining',
      incomeBand: 'vn.NoIncome',
      loanStatus: 'vn.None',
    }),
    expect: { allow: CASE_WORKERS, outOfScope: caseB404('/reintegration/livelihood', CASE_WORKERS) },
  },
  { method: 'GET', path: () => `/api/referrals/${w.referralA}`, expect: { allow: CASE_READERS } },
  { method: 'GET', path: () => '/api/pathways', expect: { allow: [...CASE_READERS, 'system_admin'] } },
  {
    method: 'POST',
    path: () => '/api/pathways',
    body: () => ({
      names: { vi: 'Quy trình thử', en: 'Matrix pathway', ar: 'مسار تجريبي' },
      steps: [
        {
          names: { vi: 'Bước một', en: 'Step one', ar: 'الخطوة الأولى' },
          agencyType: 'social_work_centre',
          services: ['vn.Shelter'],
          urgency: 'urgent',
          completeHours: 24,
        },
      ],
    }),
    expect: { allow: ['provincial_coordinator', 'system_admin'] },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/pathways`,
    expect: { allow: CASE_READERS, outOfScope: caseB404('/pathways', CASE_READERS) },
  },
);

describe(`role × route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);

  it('case attachments × role: upload (multipart) and download (binary)', async () => {
    const cookie = (client: TestClient) => ({ Cookie: `lantern_session=${client.cookie}` });
    expect(
      (await upload(w.t.app, new TestClient(w.t.app), w.caseA, { content: PNG, name: 'p.png' })).status,
    ).toBe(401);
    for (const role of roleCodes) {
      const client = clients.get(role) as TestClient;
      const allowed = CASE_WORKERS.includes(role);
      const before = await auditCount();
      const uploaded = await upload(w.t.app, client, w.caseA, { content: PNG, name: 'p.png' });
      expect(uploaded.status, `${role} upload`).toBe(allowed ? 201 : 403);
      if (allowed) expect(await auditCount(), `${role} left no audit event`).toBeGreaterThan(before);
      const download = await w.t.app.request(`/api/cases/${w.caseA}/attachments/${w.attachmentA}`, {
        headers: cookie(client),
      });
      expect(download.status, `${role} download`).toBe(allowed ? 200 : 403);
      if (!allowed) continue;
      expect((await upload(w.t.app, client, w.caseB, { content: PNG, name: 'p.png' })).status, role).toBe(
        404,
      );
      const foreign = await w.t.app.request(`/api/cases/${w.caseB}/attachments/${w.attachmentA}`, {
        headers: cookie(client),
      });
      expect(foreign.status, `${role} download from another agency's case`).toBe(404);
    }
  }, 60_000);
});

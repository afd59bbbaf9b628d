import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, roleCodes, useMatrixWorld, w } from './test-route-matrix';

// Who may call the survivor-voice routes (#20), and the public holidays their deadlines skip. Filing a complaint, the agency list and the status check are
// public (complaints.int.test.ts covers them). A complaint about agency B is handled by the complaints officer
// of agency A; one about agency A is handled in agency B, so agency A's officer gets 404 for it.
useMatrixWorld();

const OFFICERS = ['complaints_officer'];
const RECORDERS = ['case_worker', 'supervisor'];
const STORY_READERS = ['supervisor', 'provincial_coordinator', 'programme_analyst'];
const story = () => ({
  consent: {
    purpose: 'Góp ý cho chính sách',
    audiences: ['policy_makers'],
    withdrawalContact: 'Trung tâm Công tác xã hội',
    obtainedOn: '2026-11-30',
  },
  text: 'Một người quen rủ tôi đi làm ở nước ngoài, và khi về không ai hỏi tôi cần gì.',
  themes: ['support_gaps'],
});
let draftA = '{draftA}';
/** Submitting or deciding a draft twice is a 409, so each allowed call takes a fresh one. */
const unsubmitted: string[] = [];
const submitted: string[] = [];
const next = (pool: string[]) => pool.shift() ?? '{draft}';
const caseB404 = (suffix: string) => ({
  path: `/api/cases/{caseB}${suffix}`,
  status: { case_worker: 404, supervisor: 404 },
});
let complaintA = '{complaintA}';
let complaintB = '{complaintB}';
const complaintAbout = async (agencyId: string) => {
  const filed = await new TestClient(w.t.app).request('POST', '/api/complaints', {
    concernedAgencyId: agencyId,
    category: 'disrespect',
    description: 'Tôi bị nói nặng lời khi đến hỏi về hỗ trợ.',
  });
  expect(filed.status, JSON.stringify(filed.json)).toBe(201);
  const [row] = (
    await w.t.testDb.asOwner((o) =>
      o.query<{ id: string }>('select id from complaints where concerned_agency_id = $1', [agencyId]),
    )
  ).rows;
  return row?.id ?? '';
};

/** Public holidays (#20): each allowed add takes a day of its own, each removal a day of its own. */
let holidayDay = 0;
const holiday = () => {
  holidayDay += 1;
  return {
    day: new Date(Date.UTC(2031, 0, holidayDay)).toISOString().slice(0, 10),
    nameVi: 'Ngày nghỉ bù',
    nameEn: 'Day off in lieu',
  };
};
let holidayA = '{holiday}';
const removable: string[] = [];

beforeAll(async () => {
  const admin = clients.get('system_admin') as TestClient;
  const addHoliday = async () => {
    const added = await admin.request('POST', '/api/admin/public-holidays', holiday());
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    return added.json.id as string;
  };
  holidayA = await addHoliday();
  for (let i = 0; i < roleCodes.length + 2; i += 1) removable.push(await addHoliday());
  const officerB = new TestClient(w.t.app);
  expect(
    (await officerB.signIn(await w.t.createUser('officer.b', w.agencyB, ['complaints_officer']))).status,
  ).toBe(200);
  complaintA = await complaintAbout(w.agencyB);
  complaintB = await complaintAbout(w.agencyA);
  const worker = clients.get('case_worker') as TestClient;
  const newDraft = async () => {
    const created = await worker.request('POST', `/api/cases/${w.caseA}/stories`, story());
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    return created.json.id as string;
  };
  draftA = await newDraft();
  // path() runs for the test's name, the anonymous call and every role: one draft each.
  for (let i = 0; i < roleCodes.length + 2; i += 1) unsubmitted.push(await newDraft());
  for (let i = 0; i < roleCodes.length + 2; i += 1) {
    const id = await newDraft();
    expect((await worker.request('POST', `/api/stories/drafts/${id}/submit`)).status).toBe(200);
    submitted.push(id);
  }
});

const officerB404 = (suffix: string) => ({
  path: `/api/complaints/${complaintB}${suffix}`,
  status: { complaints_officer: 404 },
});

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/complaints', expect: { allow: OFFICERS } },
  {
    method: 'GET',
    path: () => '/api/complaints/counts',
    expect: { allow: ['complaints_officer', 'supervisor', 'provincial_coordinator', 'programme_analyst'] },
  },
  {
    method: 'GET',
    path: () => `/api/complaints/${complaintA}`,
    expect: {
      allow: OFFICERS,
      get outOfScope() {
        return officerB404('');
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/complaints/${complaintA}/steps`,
    body: () => ({ step: 'note', note: 'Đã gọi cho cơ quan bị khiếu nại.' }),
    expect: {
      allow: OFFICERS,
      get outOfScope() {
        return officerB404('/steps');
      },
    },
  },
  {
    method: 'GET',
    path: () => `/api/cases/${w.caseA}/stories`,
    expect: { allow: RECORDERS, outOfScope: caseB404('/stories') },
  },
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/stories`,
    body: story,
    expect: { allow: RECORDERS, outOfScope: caseB404('/stories') },
  },
  {
    method: 'PUT',
    path: () => `/api/stories/drafts/${draftA}`,
    body: () => ({ text: story().text, themes: ['stigma'] }),
    expect: { allow: RECORDERS },
  },
  {
    method: 'POST',
    path: () => `/api/stories/drafts/${next(unsubmitted)}/submit`,
    expect: { allow: RECORDERS },
  },
  { method: 'GET', path: () => '/api/stories/review', expect: { allow: ['supervisor'] } },
  {
    method: 'POST',
    path: () => `/api/stories/review/${next(submitted)}`,
    body: () => ({ decision: 'return', note: 'Bỏ tên nơi làm việc.' }),
    expect: { allow: ['supervisor'] },
  },
  { method: 'GET', path: () => '/api/stories', expect: { allow: STORY_READERS } },
  { method: 'GET', path: () => '/api/admin/public-holidays', expect: { allow: ['system_admin'] } },
  {
    method: 'POST',
    path: () => '/api/admin/public-holidays',
    body: holiday,
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'PUT',
    path: () => `/api/admin/public-holidays/${holidayA}`,
    body: () => ({
      day: '2031-04-30',
      nameVi: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      toCheck: true,
    }),
    expect: { allow: ['system_admin'] },
  },
  {
    method: 'DELETE',
    path: () => `/api/admin/public-holidays/${next(removable)}`,
    expect: { allow: ['system_admin'] },
  },
  // Last: it removes every story of case A.
  {
    method: 'POST',
    path: () => `/api/cases/${w.caseA}/stories/withdraw`,
    expect: { allow: RECORDERS, outOfScope: caseB404('/stories/withdraw') },
  },
];

describe(`role × survivor-voice route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

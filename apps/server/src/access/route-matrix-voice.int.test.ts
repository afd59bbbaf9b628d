import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, type MatrixRow, named, useMatrixWorld, w } from './test-route-matrix';

// Who may call the survivor-voice routes (#20). Filing a complaint, the agency list and the status check are
// public (complaints.int.test.ts covers them). A complaint about agency B is handled by the complaints officer
// of agency A; one about agency A is handled in agency B, so agency A's officer gets 404 for it.
useMatrixWorld();

const OFFICERS = ['complaints_officer'];
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

beforeAll(async () => {
  const officerB = new TestClient(w.t.app);
  expect(
    (await officerB.signIn(await w.t.createUser('officer.b', w.agencyB, ['complaints_officer']))).status,
  ).toBe(200);
  complaintA = await complaintAbout(w.agencyB);
  complaintB = await complaintAbout(w.agencyA);
});

const officerB404 = (suffix: string) => ({
  path: `/api/complaints/${complaintB}${suffix}`,
  status: { complaints_officer: 404 },
});

const matrix: MatrixRow[] = [
  { method: 'GET', path: () => '/api/complaints', expect: { allow: OFFICERS } },
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
];

describe(`role × survivor-voice route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

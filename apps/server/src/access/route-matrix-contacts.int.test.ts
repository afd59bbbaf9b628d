import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { checkRow, clients, type MatrixRow, named, useMatrixWorld, w } from './test-route-matrix';

// Who may call the one-stop office intake routes (#18): the intake role records and reads its office's
// contacts; programme monitoring (stats.read_aggregate) reads counts only. Another office's contact is 404.
// POST /api/contacts/{id}/links needs a case or screening the caller can see, which the intake role alone
// cannot (it is given beside a screening or case role): contacts.int.test.ts covers it with such a user.
useMatrixWorld();

const INTAKE = ['one_stop_intake'];
const COUNTERS = ['one_stop_intake', 'supervisor', 'provincial_coordinator', 'programme_analyst'];
let contactA = '{contactA}';
let contactB = '{contactB}';
const contact = () => ({
  contactedAt: new Date(Date.now() - 60_000).toISOString(),
  channel: 'hotline',
  caller: 'person',
  anonymous: true,
  outcome: 'information_given',
  note: 'Hỏi về việc làm ở nước ngoài',
});
const intakeB404 = (suffix: string) => ({
  path: `/api/contacts/${contactB}${suffix}`,
  status: { one_stop_intake: 404 },
});

beforeAll(async () => {
  const intakeA = clients.get('one_stop_intake') as TestClient;
  const recorded = await intakeA.request('POST', '/api/contacts', contact());
  expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
  contactA = recorded.json.id;
  const intakeB = new TestClient(w.t.app);
  expect(
    (await intakeB.signIn(await w.t.createUser('intake.b', w.agencyB, ['one_stop_intake']))).status,
  ).toBe(200);
  contactB = (await intakeB.request('POST', '/api/contacts', contact())).json.id;
});

const matrix: MatrixRow[] = [
  { method: 'POST', path: () => '/api/contacts', body: contact, expect: { allow: INTAKE } },
  { method: 'GET', path: () => '/api/contacts', expect: { allow: INTAKE } },
  { method: 'GET', path: () => '/api/contacts/counts', expect: { allow: COUNTERS } },
  {
    method: 'GET',
    path: () => `/api/contacts/${contactA}`,
    expect: {
      allow: INTAKE,
      get outOfScope() {
        return intakeB404('');
      },
    },
  },
  {
    method: 'POST',
    path: () => `/api/contacts/${contactA}/referral`,
    body: () => ({ referredAgencyName: 'Trung tâm Trợ giúp pháp lý' }),
    expect: {
      allow: INTAKE,
      get outOfScope() {
        return intakeB404('/referral');
      },
    },
  },
];

describe(`role × one-stop intake route (${testEngine})`, () => {
  it.each(named(matrix))('%s', (_name, m) => checkRow(m), 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { scanAllDuplicates } from './scan-all';

const consents = [
  {
    purpose: 'services',
    method: 'signed_form',
    language: 'vie',
    obtainedOn: '2026-11-20',
    givenBy: 'person',
  },
];
const registration = (fullName: string, extra: Record<string, unknown> = {}) => ({
  person: {
    identity: { fullName, dateOfBirth: '1998-03-12', phones: ['0912345678'] },
    profile: { sex: 'Feminine' },
  },
  case: { receivedOn: '2026-11-20', intakeRoute: 'vn.Rescued' },
  consents,
  ...extra,
});

describe(`duplicate review (${testEngine})`, () => {
  let t: TestApp;
  const clients = new Map<string, TestClient>();
  const client = (name: string) => clients.get(name) as TestClient;
  let firstCode = '';

  beforeAll(async () => {
    t = await createTestApp();
    const a = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const b = await t.createAgency('Hội LHPN Nghệ An', '40', 'womens_union_one_stop');
    const c = await t.createAgency('Trung tâm CTXH Lào Cai', '15');
    const people: Array<[string, string, string]> = [
      ['worker.a', a, 'case_worker'],
      ['super.a', a, 'supervisor'],
      ['worker.b', b, 'case_worker'],
      ['super.c', c, 'supervisor'],
    ];
    for (const [name, agency, role] of people) {
      const user: TestUser = await t.createUser(name, agency, [role]);
      const signedIn = new TestClient(t.app);
      expect((await signedIn.signIn(user)).status).toBe(200);
      clients.set(name, signedIn);
    }
    firstCode = (await client('worker.a').request('POST', '/api/cases', registration('Nguyễn Thị Lan'))).json
      .code;
    const second = await client('worker.b').request(
      'POST',
      '/api/cases',
      registration('NGUYEN THI LAN', { registerDespite: [firstCode] }),
    );
    expect(second.status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it('a scan finds the pair across agencies; the other agency’s record shows only its code and province', async () => {
    const scan = await client('super.a').request('POST', '/api/duplicates/scan');
    expect(scan.status).toBe(200);
    expect(scan.json.pairs).toBeGreaterThan(0);
    const { json } = await client('super.a').request('GET', '/api/duplicates');
    expect(json).toHaveLength(1);
    const [pair] = json;
    expect(pair.band).toBe('probable');
    const own = pair.a.ownAgency ? pair.a : pair.b;
    const other = pair.a.ownAgency ? pair.b : pair.a;
    expect(own).toMatchObject({ caseCode: firstCode, fullName: 'Nguyễn Thị Lan' });
    expect(other).toMatchObject({
      provinceCode: '40',
      fullName: null,
      dateOfBirth: null,
      caseId: null,
      ownAgency: false,
    });
  });

  it('the nightly scan (schema owner) records the same pair without a supervisor', async () => {
    const result = await t.testDb.asOwner((session) =>
      scanAllDuplicates(session, t.secrets, { sinceHours: 48 }),
    );
    expect(result.scanned).toBe(2);
    expect(result.pairs).toBeGreaterThan(0);
    const pairs = await t.testDb.asOwner((o) =>
      o.query<{ n: number }>('select count(*)::int as n from duplicate_candidates'),
    );
    expect(pairs.rows[0]?.n).toBe(1);
  });

  it('a merge is reversible and audited; an agency outside the pair sees nothing and cannot decide', async () => {
    const [pair] = (await client('super.a').request('GET', '/api/duplicates')).json;
    expect((await client('super.c').request('GET', '/api/duplicates')).json).toEqual([]);
    expect((await client('super.c').request('POST', `/api/duplicates/${pair.id}/merge`)).status).toBe(404);
    expect((await client('worker.a').request('POST', `/api/duplicates/${pair.id}/merge`)).status).toBe(403);

    expect((await client('super.a').request('POST', `/api/duplicates/${pair.id}/merge`)).json.status).toBe(
      'merged',
    );
    // Both agencies now see that the person is also registered by the other, as a code and a province.
    const ownSide = pair.a.ownAgency ? pair.a : pair.b;
    const linked = (await client('worker.a').request('GET', `/api/cases/${ownSide.caseId}`)).json.linkedCases;
    expect(linked).toEqual([expect.objectContaining({ provinceCode: '40', caseId: null })]);
    // The agency holding the other case is named (agencies allow it by default), and can be asked to coordinate.
    expect(linked[0].holder).toEqual(expect.objectContaining({ name: expect.any(String) }));
    const asked = await client('worker.a').request('POST', '/api/coordination-requests', {
      reference: linked[0].coordinationRef,
      contact: '0912 345 678',
    });
    expect(asked.status, JSON.stringify(asked.json)).toBe(202);
    expect((await client('super.a').request('POST', `/api/duplicates/${pair.id}/merge`)).status).toBe(409);
    expect((await client('super.a').request('POST', `/api/duplicates/${pair.id}/reopen`)).json.status).toBe(
      'open',
    );
    expect((await client('super.a').request('POST', `/api/duplicates/${pair.id}/dismiss`)).json.status).toBe(
      'dismissed',
    );
    // A later scan keeps the decision.
    await client('super.a').request('POST', '/api/duplicates/scan');
    expect((await client('super.a').request('GET', '/api/duplicates?status=dismissed')).json).toHaveLength(1);

    const audit = await t.testDb.asOwner((o) =>
      o.query<{ action: string }>(`select action from audit_events where resource_id = $1 order by seq`, [
        pair.id,
      ]),
    );
    // The worker's attempt without the permission is kept too, as a refusal (the 404 outside the pair is not).
    expect(audit.rows.map((r) => r.action)).toEqual([
      'request.refused',
      'duplicates.merge',
      'duplicates.reopen',
      'duplicates.dismiss',
    ]);
  });

  it('shows the birth year of the own record when only the year is known, not "no date of birth"', async () => {
    const yearOnly = (fullName: string) => {
      const body = registration(fullName);
      return {
        ...body,
        person: { ...body.person, identity: { fullName, birthYear: 1990, phones: ['0987654321'] } },
      };
    };
    const own = await client('worker.a').request('POST', '/api/cases', yearOnly('Trần Văn Hùng'));
    expect(own.status, JSON.stringify(own.json)).toBe(201);
    const other = await client('worker.b').request('POST', '/api/cases', {
      ...yearOnly('TRAN VAN HUNG'),
      registerDespite: [own.json.code],
    });
    expect(other.status, JSON.stringify(other.json)).toBe(201);
    expect((await client('super.a').request('POST', '/api/duplicates/scan')).status).toBe(200);
    const { json } = await client('super.a').request('GET', '/api/duplicates');
    const sides = (json as Array<{ a: Record<string, unknown>; b: Record<string, unknown> }>).flatMap(
      (pair) => [pair.a, pair.b],
    );
    expect(sides.find((side) => side.fullName === 'Trần Văn Hùng')).toMatchObject({
      dateOfBirth: null,
      birthYear: 1990,
      approximateAge: null,
    });
    // The other agency's record still shows nothing that identifies the person.
    expect(sides.filter((side) => !side.ownAgency).every((side) => side.birthYear === null)).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { foldVietnamese } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchInDatabase } from '../../cli/persons-match';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { witnessedConsent } from '../case-work/test-fixtures';

const lan = {
  fullName: 'Nguyễn Thị Lan',
  dateOfBirth: '1998-03-12',
  phones: ['0912 345 678'],
  documents: [{ type: 'national_id', number: '042198001234' }],
  addresses: [{ text: 'Thôn Đông, xã Cẩm Xuyên', provinceCode: '42' }],
};
function registration(identity = lan, extra: Record<string, unknown> = {}) {
  return {
    person: { identity, profile: { sex: 'Feminine', homeProvinceCode: '42', languages: ['vie'] } },
    case: {
      receivedOn: '2026-11-20',
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['vn.ForcedOnlineScam'],
      controlMethods: ['WithholdsDocuments'],
      recruitmentPlatforms: ['vn.Zalo'],
    },
    consents: [witnessedConsent],
    ...extra,
  };
}

describe(`cases (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let screener: TestUser;
  let outsider: TestUser;
  let coordinator: TestUser;
  let outsideWorker: TestUser;
  const clients = new Map<string, TestClient>();
  let caseId = '';
  let caseCode = '';

  async function as(user: TestUser): Promise<TestClient> {
    const existing = clients.get(user.username);
    if (existing) return existing;
    const client = new TestClient(t.app);
    expect((await client.signIn(user)).status).toBe(200);
    clients.set(user.username, client);
    return client;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const otherCentre = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    const provinceOffice = await t.createAgency(
      'Sở Y tế Hà Tĩnh',
      '42',
      'provincial_health_social_protection',
    );
    worker = await t.createUser('worker', centre, ['case_worker']);
    screener = await t.createUser('screener', centre, ['frontline_screener']);
    outsider = await t.createUser('outsider', otherCentre, ['supervisor']);
    coordinator = await t.createUser('coordinator', provinceOffice, ['provincial_coordinator']);
    outsideWorker = await t.createUser('outside.worker', otherCentre, ['case_worker']);
  }, 60_000);
  afterAll(() => t.close());

  it('registers a case with consent; the owner sees the identity and the view is audited', async () => {
    const client = await as(worker);
    const { status, json } = await client.request('POST', '/api/cases', registration());
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json.code).toMatch(/^LT-42-\d{4}-000001$/);
    expect(json.state).toBe('received');
    expect(json.traffickingStatus).toBe('PossibleVictimOfTrafficking');
    expect(json.identity.fullName).toBe('Nguyễn Thị Lan');
    expect(json.person.ageBand).toBe('27-29');
    caseId = json.id;
    caseCode = json.code;
    const viewed = await client.request('GET', `/api/cases/${caseId}`);
    expect(viewed.json.identity.phones).toEqual(['0912 345 678']);
    const audit = await t.testDb.asOwner((o) =>
      o.query<{ action: string }>(`select action from audit_events where resource_id = $1 order by seq`, [
        caseId,
      ]),
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'case.create',
      'case.view_identity',
      'case.view_identity',
    ]);
  });

  it('stores no identifying value in plaintext anywhere in the database', async () => {
    const tables = await t.testDb.asOwner((o) =>
      o.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public'`,
      ),
    );
    const dump: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await t.testDb.asOwner((o) => o.query(`select * from "${table_name}"`));
      dump.push(JSON.stringify(rows.rows));
    }
    const everything = foldVietnamese(dump.join('\n'));
    for (const secret of [
      'Nguyễn Thị Lan',
      'nguyen thi lan',
      '0912 345 678',
      '0912345678',
      '042198001234',
      'Thôn Đông',
      'Trần Văn Bình',
      '1998-03-12',
    ])
      expect(everything, secret).not.toContain(foldVietnamese(secret));
  });

  it('finds the person by "nguyen thi lan" typed without diacritics, through the blind index', async () => {
    const client = await as(worker);
    const { status, json } = await client.request('POST', '/api/persons/match', {
      fullName: 'nguyen thi lan',
      birthYear: 1998,
    });
    expect(status).toBe(200);
    expect(json.candidates[0]).toMatchObject({
      caseId,
      caseCode,
      inScope: true,
      fullName: 'Nguyễn Thị Lan',
      band: 'possible',
    });
    expect(json.candidates[0].reasons.map((r: { code: string }) => r.code)).toContain('given_name_same');
    // A name and a year cannot decide it: the answer says what would (the person's ID or phone).
    expect(json.candidates[0].settleWith).toEqual(expect.arrayContaining(['nationalId', 'phone']));
    const audit = await t.testDb.asOwner((o) =>
      o.query<{ details: Record<string, unknown> }>(
        `select details from audit_events where action = 'person.match'`,
      ),
    );
    expect(JSON.stringify(audit.rows)).not.toMatch(/lan|1998/i);
  });

  it('lantern persons match: matches over the whole database give codes, provinces and reasons, never names', async () => {
    const candidates = await t.testDb.asOwner((session) =>
      matchInDatabase(session, t.secrets, { fullName: 'Lan Nguyen Thi', birthYear: 1998 }),
    );
    expect(candidates[0]).toMatchObject({ caseCode, province: '42', band: 'possible' });
    expect(JSON.stringify(candidates)).not.toMatch(/lan/i);
  });

  it('outside the scope, a match is a case code and a province; the case itself answers 404', async () => {
    const client = await as(outsider);
    const { json } = await client.request('POST', '/api/persons/match', {
      fullName: 'Lan Nguyen',
      dateOfBirth: '1998-03-12',
      sex: 'Feminine',
    });
    // A supervisor may break the glass, so they get the case id to open it with a reason; nothing else.
    expect(json.candidates[0]).toEqual(
      expect.objectContaining({
        caseCode,
        ownerProvinceCode: '42',
        inScope: false,
        caseId,
        fullName: null,
        dateOfBirth: null,
      }),
    );
    const worker = await (await as(outsideWorker)).request('POST', '/api/persons/match', {
      fullName: 'Lan Nguyen',
      dateOfBirth: '1998-03-12',
    });
    expect(worker.json.candidates[0]).toEqual(
      expect.objectContaining({ caseCode, inScope: false, caseId: null, fullName: null }),
    );
    expect((await client.request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    expect((await client.request('GET', '/api/cases')).json.items).toEqual([]);
  });

  it('refuses a pre-2025 province code in registration and in search alike, naming the field and the 2025 province', async () => {
    const client = await as(worker);
    const body = registration({ ...lan, fullName: 'Lê Thị Hồng' });
    body.person.profile.homeProvinceCode = '89';
    const registered = await client.request('POST', '/api/cases', body, { 'Accept-Language': 'en' });
    expect(registered.status).toBe(400);
    expect(registered.json.error.details).toEqual([
      expect.objectContaining({
        field: 'person.profile.homeProvinceCode',
        code: 'replaced_province',
        message: expect.stringMatching(/An Giang \(code 91\)/),
      }),
    ]);
    const searched = await client.request(
      'POST',
      '/api/persons/match',
      { fullName: 'Lê Thị Hồng', homeProvinceCode: '89' },
      { 'Accept-Language': 'en' },
    );
    expect(searched.status).toBe(400);
    expect(searched.json.error.details).toEqual([
      expect.objectContaining({ field: 'homeProvinceCode', code: 'replaced_province' }),
    ]);
  });

  it('a second registration of the same person is stopped until the user confirms it is someone else', async () => {
    const client = await as(outsider);
    const again = registration({ ...lan, fullName: 'NGUYEN THI LAN' });
    const refused = await client.request('POST', '/api/cases', again);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('case.probable_duplicate');
    // The answer shows whom, as a search would (outside this agency: a case code and a province only).
    expect(refused.json.error.candidates).toEqual([
      expect.objectContaining({ caseCode, band: 'probable', ownerProvinceCode: '42', fullName: null }),
    ]);
    const count = await t.testDb.asOwner((o) =>
      o.query<{ n: number }>('select count(*)::int as n from persons'),
    );
    expect(count.rows[0]?.n).toBe(1);
    const confirmed = await client.request('POST', '/api/cases', { ...again, registerDespite: [caseCode] });
    expect(confirmed.status).toBe(201);
    expect(confirmed.json.code).toMatch(/^LT-40-/);
  });

  it.each([
    [
      'no services consent',
      { consents: [{ ...witnessedConsent, purpose: 'contact' }] },
      'consents',
      'services_consent_required',
    ],
    [
      'verbal consent without a witness',
      { consents: [{ ...witnessedConsent, witness: undefined }] },
      'consents.0.witness',
      'witness_required',
    ],
    [
      'a child consenting alone',
      { person: { identity: { fullName: 'Lê Thị Mai', dateOfBirth: '2012-05-01' }, profile: {} } },
      'consents.0.givenBy',
      'guardian_required',
    ],
    [
      'an unknown exploitation type',
      { case: { ...registration().case, exploitationTypes: ['Piracy'] } },
      'case.exploitationTypes.0',
      'invalid_value',
    ],
    [
      'a journey to a country that does not exist',
      { case: { ...registration().case, journey: { exploitation: [{ country: 'XXX' }] } } },
      'case.journey.exploitation.0.country',
      'invalid_value',
    ],
    [
      'a stay that ends before it starts',
      {
        case: {
          ...registration().case,
          journey: { exploitation: [{ country: 'KHM', from: '2026-05-01', to: '2026-01-01' }] },
        },
      },
      'case.journey.exploitation.0.to',
      'before_start',
    ],
  ])('refuses %s with a field error', async (_, change, field, code) => {
    const client = await as(worker);
    const { status, json } = await client.request('POST', '/api/cases', {
      ...registration({ ...lan, fullName: 'Phạm Văn Nam' }),
      ...change,
    });
    expect(status).toBe(400);
    expect(json.error.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(json.error.details.every((d: { message: string }) => d.message.length > 0)).toBe(true);
  });

  it('moves through the lifecycle and refuses what the state machine does not allow, in words', async () => {
    const client = await as(worker);
    const path = `/api/cases/${caseId}/transitions`;
    const refused = await client.request('POST', path, { action: 'start_support' });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toBe('This cannot be done while the case is in its current state.');
    expect((await client.request('POST', path, { action: 'start_verification' })).json.state).toBe(
      'under_verification',
    );
    const noBasis = await client.request('POST', path, { action: 'identify' });
    expect(noBasis.json.error.code).toBe('case.transition.decision_required');
    const identified = await client.request('POST', path, {
      action: 'identify',
      decision: { decidedBy: 'Police', decidedOn: '2026-11-22', legalBasis: 'Law 53/2024/QH15, Art. 28' },
    });
    expect(identified.json).toMatchObject({
      state: 'identified',
      traffickingStatus: 'ActualVictimOfTrafficking',
    });
    expect(identified.json.allowedActions).toEqual(['start_support', 'close']);
  });

  it('the registering screener sees the case without its identity', async () => {
    const client = await as(screener);
    const created = await client.request(
      'POST',
      '/api/cases',
      registration({ ...lan, fullName: 'Hoàng Minh Đức', dateOfBirth: '1990-01-01' }),
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      access: 'registrant',
      identity: null,
      profile: null,
      displayName: null,
    });
    // …and finds it in the case list, the one case they registered, without a name.
    const list = await client.request('GET', '/api/cases');
    expect(list.status).toBe(200);
    expect(list.json.items.map((c: { id: string; displayName: null }) => [c.id, c.displayName])).toEqual([
      [created.json.id, null],
    ]);
    expect(list.json.total).toBe(1);
  });

  it('a provincial coordinator sees the province’s cases with limited fields only', async () => {
    const client = await as(coordinator);
    const list = await client.request('GET', '/api/cases');
    expect(list.json.items.map((c: { code: string }) => c.code)).toContain(caseCode);
    expect(
      list.json.items.every(
        (c: { displayName: null; provinceCode: string }) => c.displayName === null && c.provinceCode === '42',
      ),
    ).toBe(true);
    const detail = await client.request('GET', `/api/cases/${caseId}`);
    expect(detail.json).toMatchObject({
      access: 'province',
      identity: null,
      profile: null,
      exploitationTypes: ['vn.ForcedOnlineScam'],
    });
  });

  it('row-level security hides another agency’s cases and persons even from a query without filters', async () => {
    const seen = await runInRequestTransaction(
      t.testDb.database.db,
      {
        requestId: randomUUID(),
        actorId: outsider.id,
        agencyId: outsider.agencyId,
        permissions: ['case.read', 'case.read_identity'],
      },
      async (tx) => ({
        cases: await queryRows<{ code: string }>(tx, sql`select code from cases`),
        persons: await queryRows<{ id: string }>(tx, sql`select id from persons`),
      }),
    );
    expect(seen.cases.map((c) => c.code)).not.toContain(caseCode);
    expect(seen.persons).toHaveLength(1); // only the outsider's own registration
  });

  it('break-the-glass opens another agency’s case for a supervisor, with a reason', async () => {
    const client = await as(outsider);
    const granted = await client.request('POST', '/api/access/break-glass', {
      resourceType: 'case',
      resourceId: caseId,
      reason: 'Person presented at our centre in crisis; need history of support',
      category: 'continuity_of_care',
    });
    expect(granted.status).toBe(201);
    const detail = await client.request('GET', `/api/cases/${caseId}`);
    expect(detail.json).toMatchObject({ access: 'break_glass', allowedActions: [] });
    expect(detail.json.identity.fullName).toBe('Nguyễn Thị Lan');
  });
});

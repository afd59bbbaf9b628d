import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { registerCase } from '../case-work/test-fixtures';

// One-stop office intake (#18): two one-stop offices, an intake officer in each (with a screening role), a
// colleague of office A without the intake role, and a programme analyst.
let t: TestApp;
let officeA: string;
let officer: TestClient;
let officerB: TestClient;
let screenerOnly: TestClient;
let analyst: TestClient;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const contact = (extra: Record<string, unknown> = {}) => ({
  contactedAt: minutesAgo(10),
  channel: 'hotline',
  caller: 'family_member',
  anonymous: true,
  concerns: ['safe-shelter'],
  outcome: 'information_given',
  ...extra,
});
const screening = (contactId?: string) => ({
  screenedAt: minutesAgo(1),
  consentToInterview: true,
  interviewLanguage: 'vie',
  interpreterUsed: false,
  responses: [{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } }],
  ...(contactId ? { contactId } : {}),
});
const auditActions = async (resourceId: string) =>
  (
    await t.testDb.asOwner((o) =>
      o.query<{ action: string }>('select action from audit_events where resource_id = $1 order by seq', [
        resourceId,
      ]),
    )
  ).rows.map((row) => row.action);
const thisMonth = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date());

beforeAll(async () => {
  t = await createTestApp();
  officeA = await t.createAgency('Văn phòng hỗ trợ một cửa Lào Cai', '15', 'womens_union_one_stop');
  const officeB = await t.createAgency('Văn phòng hỗ trợ một cửa An Giang', '91', 'womens_union_one_stop');
  officer = await signedInClient(
    t.app,
    await t.createUser('intake.a', officeA, ['one_stop_intake', 'frontline_screener']),
  );
  officerB = await signedInClient(
    t.app,
    await t.createUser('intake.b', officeB, ['one_stop_intake', 'frontline_screener']),
  );
  screenerOnly = await signedInClient(
    t.app,
    await t.createUser('screener.a', officeA, ['frontline_screener']),
  );
  analyst = await signedInClient(t.app, await t.createUser('analyst', officeA, ['programme_analyst']));
}, 60_000);
afterAll(() => t?.close());

describe('recording a contact', () => {
  it('stores the contact without identity, seals the note and audits the record and the read of the note', async () => {
    const note = 'Mẹ gọi hỏi về con gái đi làm ở nước ngoài';
    const recorded = await officer.request('POST', '/api/contacts', contact({ note }));
    expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
    expect(recorded.json).toMatchObject({ channel: 'hotline', outcome: 'information_given', hasNote: true });
    expect(recorded.json).not.toHaveProperty('note');
    const stored = await t.testDb.asOwner((o) =>
      o.query<{ note_sealed: string }>('select note_sealed from contacts where id = $1', [recorded.json.id]),
    );
    expect(stored.rows[0]?.note_sealed).not.toContain('con gái');
    const read = await officer.request('GET', `/api/contacts/${recorded.json.id}`);
    expect(read.json.note).toBe(note);
    expect(await auditActions(recorded.json.id)).toEqual(['contact.record', 'contact.note_view']);
  });

  it('refuses a contact in the future and an unknown channel, naming the field, and writes nothing', async () => {
    const before = await t.testDb.asOwner((o) => o.query('select count(*)::int as n from contacts'));
    const future = await officer.request(
      'POST',
      '/api/contacts',
      contact({ contactedAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(future.status).toBe(400);
    expect(future.json.error.details).toEqual([
      expect.objectContaining({ field: 'contactedAt', code: 'in_future' }),
    ]);
    const channel = await officer.request('POST', '/api/contacts', contact({ channel: 'carrier_pigeon' }));
    expect(channel.status).toBe(400);
    expect(channel.json.error.details.map((d: { field: string }) => d.field)).toEqual(['channel']);
    const concern = await officer.request('POST', '/api/contacts', contact({ concerns: ['flying'] }));
    expect(concern.json.error.details).toEqual([expect.objectContaining({ field: 'concerns.0' })]);
    const referral = await officer.request('POST', '/api/contacts', contact({ outcome: 'referred' }));
    expect(referral.json.error.details).toEqual([
      expect.objectContaining({ field: 'referredAgencyId', code: 'required' }),
    ]);
    const after = await t.testDb.asOwner((o) => o.query('select count(*)::int as n from contacts'));
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('answers in the caller’s language', async () => {
    const body = contact({ contactedAt: new Date(Date.now() + 3_600_000).toISOString() });
    const messages = [];
    for (const language of ['vi', 'en', 'ar']) {
      const refused = await officer.request('POST', '/api/contacts', body, { 'Accept-Language': language });
      messages.push(refused.json.error.details[0].message);
    }
    expect(new Set(messages).size).toBe(3);
    expect(messages[1]).toMatch(/future/);
  });

  it('is for one-stop intake staff only; another office’s contact is not found', async () => {
    expect((await screenerOnly.request('POST', '/api/contacts', contact())).status).toBe(403);
    const own = (await officer.request('POST', '/api/contacts', contact())).json.id;
    expect((await officerB.request('GET', `/api/contacts/${own}`)).status).toBe(404);
    expect(
      (await officerB.request('POST', `/api/contacts/${own}/referral`, { referredAgencyName: 'X' })).status,
    ).toBe(404);
    const listB = await officerB.request('GET', '/api/contacts');
    expect(listB.json.items.map((c: { id: string }) => c.id)).not.toContain(own);
  });
});

describe('following a contact up', () => {
  it('links the screening started from the contact in the screening’s own transaction', async () => {
    const id = (await officer.request('POST', '/api/contacts', contact({ channel: 'walk_in' }))).json.id;
    const screened = await officer.request('POST', '/api/screenings', screening(id));
    expect(screened.status, JSON.stringify(screened.json)).toBe(201);
    const read = await officer.request('GET', `/api/contacts/${id}`);
    expect(read.json).toMatchObject({ screeningId: screened.json.id, outcome: 'screened' });
    expect(await auditActions(id)).toEqual(['contact.record', 'contact.link']);
    // A second screening for the same contact, or one from another office, is refused and nothing is stored.
    const again = await officer.request('POST', '/api/screenings', screening(id));
    expect(again.status).toBe(400);
    expect(again.json.error.details[0].field).toBe('contactId');
    const foreign = await officerB.request('POST', '/api/screenings', screening(id));
    expect(foreign.status).toBe(400);
    const screeningsB = await officerB.request('GET', '/api/screenings');
    expect(screeningsB.json.total).toBe(0);
  });

  it('links the case registered for the person (the office’s own case only) and counts it as registered', async () => {
    const worker = await signedInClient(
      t.app,
      await t.createUser('intake.worker', officeA, ['one_stop_intake', 'case_worker']),
    );
    const id = (await worker.request('POST', '/api/contacts', contact({ anonymous: false }))).json.id;
    const caseId = await registerCase(worker, 'Nguyễn Thị Hoa');
    const linked = await worker.request('POST', `/api/contacts/${id}/links`, { caseId });
    expect(linked.status, JSON.stringify(linked.json)).toBe(200);
    expect(linked.json).toMatchObject({ caseId, outcome: 'registered' });
    // The intake role alone sees no case, so it cannot link one: the field is named and nothing changes.
    const other = (await officer.request('POST', '/api/contacts', contact())).json.id;
    const refused = await officer.request('POST', `/api/contacts/${other}/links`, { caseId });
    expect(refused.json.error.details[0]).toMatchObject({ field: 'caseId', code: 'contact_link_invalid' });
    expect((await officer.request('GET', `/api/contacts/${other}`)).json.caseId).toBeNull();
  });

  it('records an off-system referral and moves the outcome forward', async () => {
    const id = (await officer.request('POST', '/api/contacts', contact())).json.id;
    const referred = await officer.request('POST', `/api/contacts/${id}/referral`, {
      referredAgencyName: 'Nhà tạm lánh Hội LHPN',
    });
    expect(referred.status).toBe(200);
    expect(referred.json).toMatchObject({ outcome: 'referred', referredAgencyName: 'Nhà tạm lánh Hội LHPN' });
    const both = await officer.request('POST', `/api/contacts/${id}/referral`, {
      referredAgencyName: 'X',
      referredAgencyId: officeA,
    });
    expect(both.json.error.details[0]).toMatchObject({
      field: 'referredAgencyName',
      code: 'one_of_agency_or_name',
    });
  });
});

describe('counting contacts', () => {
  it('counts the office’s contacts by channel, outcome and month, and only its own', async () => {
    const before = (await officer.request('GET', '/api/contacts/counts')).json;
    const hotlineBefore = before.byChannel.find((c: { code: string }) => c.code === 'hotline')?.count ?? 0;
    await officer.request('POST', '/api/contacts', contact());
    await officer.request(
      'POST',
      '/api/contacts',
      contact({ channel: 'online', outcome: 'no_further_action' }),
    );
    await officerB.request('POST', '/api/contacts', contact());
    const after = (await officer.request('GET', '/api/contacts/counts')).json;
    expect(after.agencyId).toBe(officeA);
    expect(after.total).toBe(before.total + 2);
    expect(after.byChannel.find((c: { code: string }) => c.code === 'hotline').count).toBe(hotlineBefore + 1);
    expect(
      after.byOutcome.find((c: { code: string }) => c.code === 'no_further_action').count,
    ).toBeGreaterThan(0);
    expect(after.byMonth).toHaveLength(12);
    expect(after.byMonth.at(-1)).toEqual({ month: thisMonth(), count: after.total });
  });

  it('puts a contact in the month of Viet Nam time', async () => {
    const month = thisMonth();
    const [year, m] = month.split('-').map(Number) as [number, number];
    const previous = `${m === 1 ? year - 1 : year}-${String(m === 1 ? 12 : m - 1).padStart(2, '0')}`;
    // 23:30 on the last day of the previous month in Viet Nam is 16:30 UTC that day.
    const lastDay = new Date(Date.UTC(year, m - 1, 0, 16, 30)).toISOString();
    const before = (await officer.request('GET', `/api/contacts/counts?from=${previous}&to=${month}`)).json;
    await officer.request('POST', '/api/contacts', contact({ contactedAt: lastDay }));
    const after = (await officer.request('GET', `/api/contacts/counts?from=${previous}&to=${month}`)).json;
    expect(after.byMonth[0].count).toBe(before.byMonth[0].count + 1);
    expect(after.byMonth[1].count).toBe(before.byMonth[1].count);
  });

  it('refuses a range over 24 months and hides other offices from the office, not from monitoring', async () => {
    const long = await officer.request('GET', '/api/contacts/counts?from=2023-01&to=2026-01');
    expect(long.status).toBe(400);
    expect(long.json.error.details[0]).toMatchObject({ field: 'from', code: 'contact_range_too_long' });
    const otherOffice = (await officerB.request('GET', '/api/contacts/counts')).json.agencyId;
    expect((await officer.request('GET', `/api/contacts/counts?agencyId=${otherOffice}`)).status).toBe(404);
    const monitored = await analyst.request('GET', `/api/contacts/counts?agencyId=${otherOffice}`);
    expect(monitored.status).toBe(200);
    expect(monitored.json.total).toBeGreaterThan(0);
    const all = (await analyst.request('GET', '/api/contacts/counts')).json;
    expect(all.agencyId).toBeNull();
    expect(all.total).toBeGreaterThan(monitored.json.total);
    // Monitoring reads counts, never contacts.
    expect((await analyst.request('GET', '/api/contacts')).status).toBe(403);
  });
});

describe('row-level security on contacts (the second wall)', () => {
  const seenAs = (agencyId: string, permissions: string[]) =>
    runInRequestTransaction(
      t.testDb.database.db,
      { requestId: newId(), actorId: null, agencyId, permissions },
      async (tx) =>
        (await queryRows<{ agency_id: string }>(tx, sql`select agency_id from contacts`)).map(
          (r) => r.agency_id,
        ),
    );

  it('shows an unscoped query only the office’s own contacts; monitoring reads across offices', async () => {
    const own = await seenAs(officeA, ['contact.record']);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own)).toEqual(new Set([officeA]));
    const stranger = await seenAs(newId(), ['contact.record']);
    expect(stranger).toEqual([]);
    expect(new Set(await seenAs(newId(), ['stats.read_aggregate'])).size).toBeGreaterThan(1);
  });
});

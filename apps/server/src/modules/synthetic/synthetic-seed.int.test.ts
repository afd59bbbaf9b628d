import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { SeedRefusedError, seedSynthetic } from './synthetic-seed';

const AS_OF = '2026-11-28';

async function tableCounts(t: TestApp) {
  return t.testDb.asOwner(async (owner) => {
    const { rows } = await owner.query<Record<string, number>>(
      `select (select count(*)::int from persons) as persons, (select count(*)::int from cases) as cases,
              (select count(*)::int from consents) as consents, (select count(*)::int from case_events) as events,
              (select count(*)::int from screenings) as screenings, (select count(*)::int from case_notes) as notes,
              (select count(*)::int from case_tasks) as tasks, (select count(*)::int from person_match_keys) as keys,
              (select count(distinct province_code)::int from agencies) as provinces`,
    );
    return rows[0] as Record<string, number>;
  });
}

async function caseRows(t: TestApp) {
  return t.testDb.asOwner(async (owner) => {
    const { rows } = await owner.query<{ id: string; code: string; state: string; received_on: string }>(
      'select id, code, state, received_on::text from cases order by id',
    );
    return rows;
  });
}

describe('lantern seed --synthetic', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('stops between batches and, run again, continues to the same dataset a single run makes', async () => {
    let batches = 0;
    const first = await seedSynthetic(t.testDb.database, t.secrets, {
      seed: 11,
      asOf: AS_OF,
      total: 240,
      batchSize: 80,
      shouldStop: () => ++batches >= 1,
    });
    expect(first).toMatchObject({ loaded: 80, stopped: true });
    expect((await tableCounts(t)).cases).toBe(80); // whole batches only

    const second = await seedSynthetic(t.testDb.database, t.secrets, {
      seed: 11,
      asOf: AS_OF,
      total: 240,
      batchSize: 80,
    });
    expect(second).toMatchObject({ loaded: 240, added: 160, stopped: false });

    const counts = await tableCounts(t);
    expect(counts).toMatchObject({ persons: 240, cases: 240, provinces: 34 });
    expect(counts.consents).toBeGreaterThanOrEqual(240);
    expect(counts.events).toBeGreaterThan(240);
    expect(counts.screenings).toBeGreaterThan(60);
    expect(counts.keys).toBeGreaterThan(240);

    // The same seed in another database gives the same cases, ids, codes and states.
    const other = await createTestApp();
    try {
      await seedSynthetic(other.testDb.database, other.secrets, {
        seed: 11,
        asOf: AS_OF,
        total: 240,
        batchSize: 120,
      });
      expect(await caseRows(other)).toEqual(await caseRows(t));
    } finally {
      await other.close();
    }
  });

  it('refuses another seed on the same database, and any database with real accounts', async () => {
    await expect(
      seedSynthetic(t.testDb.database, t.secrets, { seed: 12, asOf: AS_OF, total: 10 }),
    ).rejects.toThrow(/--seed 11/);
    const real = await createTestApp();
    try {
      const agency = await real.createAgency('Trung tâm thật');
      await real.createUser('real.person', agency, ['case_worker']);
      await expect(
        seedSynthetic(real.testDb.database, real.secrets, { seed: 1, asOf: AS_OF, total: 10 }),
      ).rejects.toBeInstanceOf(SeedRefusedError);
      expect((await tableCounts(real)).cases).toBe(0);
    } finally {
      await real.close();
    }
  });

  it('is real work to the application: a case worker of a seeded agency lists and opens its cases', async () => {
    const agencyId = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ id: string }>(
        'select owner_agency_id as id from cases group by 1 order by count(*) desc limit 1',
      );
      return rows[0]?.id as string;
    });
    const worker = await t.createUser('seed.reader', agencyId, ['case_worker'], { demo: true });
    const client = new TestClient(t.app);
    await client.signIn(worker);
    const list = await client.request('GET', '/api/cases?limit=100');
    expect(list.status).toBe(200);
    expect(list.json.total).toBeGreaterThan(0);
    // Names are Vietnamese, opened from the sealed identity; codes continue the API's own sequence.
    expect(list.json.items[0].displayName).toMatch(/^\p{Lu}\p{Ll}* /u);
    expect(list.json.items[0].code).toMatch(/^LT-\d{2}-20\d{2}-\d{6}$/);
    const page = await client.request('GET', `/api/cases/${list.json.items[0].id}`);
    expect(page.status).toBe(200);
    expect(page.json.identity.fullName).toBe(list.json.items[0].displayName);
    const timeline = await client.request('GET', `/api/cases/${list.json.items[0].id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.json[0]).toBeDefined();

    // Each province-and-year counter stands at the last code the seed used: the API's next code follows on.
    const counters = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ behind: number }>(
        `select count(*)::int as behind from case_code_counters k
         join (select split_part(code, '-', 2) as province, split_part(code, '-', 3)::int as year,
                      max(split_part(code, '-', 4)::int) as last from cases group by 1, 2) c
           on c.province = k.province_code and c.year = k.year
         where k.last <> c.last`,
      );
      return rows[0]?.behind;
    });
    expect(counters).toBe(0);
  });

  it('loads referrals within consent that the recipient agency works through its inbox', async () => {
    const loaded = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ referrals: number; beyond_consent: number; unnamed: number }>(
        `select count(*)::int as referrals,
                count(*) filter (where not r.consent_overridden and not exists (
                  select 1 from consents k join agencies a on a.id = r.to_agency_id
                  where k.case_id = r.case_id and k.purpose = 'sharing' and a.type_code = any (k.sharing_agency_types)))::int
                  as beyond_consent,
                count(*) filter (where r.case_code <> c.code)::int as unnamed
         from referrals r join cases c on c.id = r.case_id`,
      );
      return rows[0] as { referrals: number; beyond_consent: number; unnamed: number };
    });
    expect(loaded.referrals).toBeGreaterThan(60);
    expect(loaded).toMatchObject({ beyond_consent: 0, unnamed: 0 });

    const { agency, open } = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ agency: string; open: number }>(
        `select to_agency_id as agency, count(*)::int as open from referrals
         where status in ('sent', 'accepted', 'in_progress') group by 1 order by 2 desc, 1 limit 1`,
      );
      return rows[0] as { agency: string; open: number };
    });
    const recipient = await t.createUser('inbox.reader', agency, ['case_worker'], { demo: true });
    const client = new TestClient(t.app);
    await client.signIn(recipient);
    const inbox = await client.request('GET', '/api/referrals?direction=incoming&status=open&limit=50');
    expect(inbox.status).toBe(200);
    expect(inbox.json.total).toBe(open);
    const deadlines = inbox.json.items.map((item: { respondBy: string }) => item.respondBy);
    expect(deadlines).toEqual([...deadlines].sort());
    // The open referral opens its case to the recipient, timeline and all.
    const first = inbox.json.items[0];
    expect(first.direction).toBe('incoming');
    const page = await client.request('GET', `/api/cases/${first.caseId}`);
    expect(page.status).toBe(200);
    const timeline = await client.request('GET', `/api/cases/${first.caseId}/timeline`);
    expect(timeline.json.map((line: { kind: string }) => line.kind)).toContain('referral.sent');
    const detail = await client.request('GET', `/api/referrals/${first.id}`);
    expect(detail.status).toBe(200);
  });

  it('stores no name in the clear', async () => {
    const dump = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ dump: string }>(
        `select string_agg(x::text, ' ') as dump from (
           select row_to_json(p)::text as x from persons p
           union all select row_to_json(c)::text from case_notes c
           union all select row_to_json(k)::text from case_tasks k
           union all select row_to_json(r)::text from referrals r
           union all select row_to_json(e)::text from case_events e) s`,
      );
      return rows[0]?.dump ?? '';
    });
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toMatch(/Nguyễn|Trần|Thị|Văn /);
  });
});

import { communitySiteOf } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
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

/** Every programme row the seed writes, by id (and what later batches change: attendance counts). */
async function programmeRows(t: TestApp) {
  return t.testDb.asOwner(async (owner) => {
    const ids = async (sql: string) => (await owner.query<{ id: string }>(sql)).rows.map((row) => row.id);
    return {
      plans: await ids('select id || status as id from support_plans order by id'),
      deliveries: await ids(
        "select id || status || coalesce(amount_vnd::text, '') as id from support_deliveries order by id",
      ),
      approvals: await ids('select id || status as id from support_approvals order by id'),
      groups: await ids('select id from self_help_groups order by id'),
      // Follow-up rows get fresh ids; what must repeat is each case's schedule and scores.
      visits: await ids(
        "select v.case_id || ':' || v.months || ':' || v.due_on || ':' || coalesce(a.composite::text, '') as id from reintegration_visits v left join reintegration_assessments a on a.visit_id = v.id order by 1",
      ),
      members: await ids('select id from self_help_group_members order by id'),
      meetings: await ids(
        "select id || ':' || attended_count as id from self_help_group_meetings order by id",
      ),
      attendance: await ids(
        'select meeting_id::text || member_id::text as id from self_help_group_attendance order by 1',
      ),
      contacts: await ids('select id from contacts order by id'),
    };
  });
}

describe(`lantern seed --synthetic (${testEngine})`, () => {
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
      // Support, groups and contacts too: the resumed run wrote each once, as the single run did.
      const programme = await programmeRows(t);
      expect(await programmeRows(other)).toEqual(programme);
      for (const rows of Object.values(programme)) expect(new Set(rows).size).toBe(rows.length);
    } finally {
      await other.close();
    }
  }, 120_000);

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
           union all select row_to_json(e)::text from case_events e
           union all select row_to_json(sp)::text from support_plans sp
           union all select row_to_json(sd)::text from support_deliveries sd
           union all select row_to_json(sa)::text from support_approvals sa
           union all select row_to_json(gm)::text from self_help_group_members gm
           union all select row_to_json(mt)::text from self_help_group_meetings mt
           union all select row_to_json(ct)::text from contacts ct) s`,
      );
      return rows[0]?.dump ?? '';
    });
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toMatch(/Nguyễn|Trần|Thị|Văn /);
  });
});

describe(`the synthetic programme: support, groups, one-stop contacts (${testEngine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedSynthetic(t.testDb.database, t.secrets, { seed: 11, asOf: AS_OF, total: 400, batchSize: 150 });
  }, 180_000);
  afterAll(() => t.close());

  const one = <T>(sql: string) => t.testDb.asOwner(async (owner) => (await owner.query<T>(sql)).rows[0] as T);

  it('supports identified victims only, in whole đồng, between the case opening and the dataset day', async () => {
    const support = await one<Record<string, number>>(
      `select count(distinct d.case_id)::int as cases, count(*)::int as deliveries,
              count(*) filter (where d.amount_vnd is not null)::int as money,
              count(*) filter (where c.trafficking_status <> 'ActualVictimOfTrafficking'
                and not exists (select 1 from case_events e where e.case_id = c.id and e.kind = 'transition.identify'))::int
                as not_identified,
              count(*) filter (where d.delivered_on < c.received_on or d.delivered_on > '${AS_OF}')::int as out_of_time,
              count(*) filter (where d.amount_vnd % 1000 <> 0)::int as odd_amounts,
              count(*) filter (where d.plan_id is null)::int as without_plan
         from support_deliveries d join cases c on c.id = d.case_id`,
    );
    expect(support.cases).toBeGreaterThan(100);
    expect(support.deliveries).toBeGreaterThan(support.cases as number);
    expect(support.money).toBeGreaterThan(50);
    expect(support).toMatchObject({ not_identified: 0, out_of_time: 0, odd_amounts: 0, without_plan: 0 });
  });

  it('decides money by the two-person rule: most approved, some waiting, a few rejected with a reason', async () => {
    const approvals = await one<Record<string, number>>(
      `select count(*) filter (where a.status = 'approved')::int as approved,
              count(*) filter (where a.status = 'pending')::int as pending,
              count(*) filter (where a.status = 'rejected')::int as rejected,
              count(*) filter (where a.decided_by = a.requested_by)::int as same_person,
              count(*) filter (where a.status = 'rejected' and a.reason_sealed is null)::int as rejected_silently,
              count(*) filter (where a.kind = 'delivery' and d.status <> a.status)::int as out_of_step,
              count(*) filter (where a.decided_at < a.requested_at)::int as decided_first
         from support_approvals a left join support_deliveries d on d.id = a.delivery_id`,
    );
    expect(approvals.approved).toBeGreaterThan(approvals.pending as number);
    expect(approvals.pending).toBeGreaterThan(0);
    expect(approvals.rejected).toBeGreaterThan(0);
    expect(approvals).toMatchObject({
      same_person: 0,
      rejected_silently: 0,
      out_of_step: 0,
      decided_first: 0,
    });
    // The database itself refuses a supervisor deciding their own request.
    await expect(
      t.testDb.asOwner((owner) =>
        owner.query(`update support_approvals set decided_by = requested_by where status = 'approved'`),
      ),
    ).rejects.toThrow();
  });

  it('runs groups and support models in the named communes, survivors linked to their cases, attendance counted', async () => {
    const groups = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ commune: string; province: string; survivors: number }>(
        `select g.commune_code as commune, g.province_code as province,
                (select count(*)::int from self_help_group_member_cases mc where mc.group_id = g.id) as survivors
           from self_help_groups g`,
      );
      return rows;
    });
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      expect(communitySiteOf(group.commune)?.provinceCode).toBe(group.province);
      expect(group.survivors).toBeGreaterThan(0);
    }
    const checks = await one<Record<string, number>>(
      `select (select count(*)::int from self_help_group_meetings m where m.attended_count <>
                 (select count(*) from self_help_group_attendance a where a.meeting_id = m.id)) as miscounted,
              (select count(*)::int from self_help_group_meetings where savings_vnd > 0) as saving,
              (select count(*)::int from self_help_group_members where kind = 'community' and name_sealed like '%Thị%') as clear_names,
              (select count(*)::int from self_help_group_members m where m.kind = 'survivor' and not exists
                 (select 1 from self_help_group_member_cases mc where mc.member_id = m.id)) as unlinked`,
    );
    expect(checks.saving).toBeGreaterThan(0);
    expect(checks).toMatchObject({ miscounted: 0, clear_names: 0, unlinked: 0 });
  });

  it('gives every one-stop office contacts, the intake ones linked to the case the office registered', async () => {
    const contacts = await one<Record<string, number>>(
      `select count(*)::int as contacts, count(distinct ct.agency_id)::int as offices,
              count(*) filter (where a.type_code <> 'womens_union_one_stop')::int as elsewhere,
              count(*) filter (where ct.case_id is not null)::int as registered,
              count(*) filter (where c.owner_agency_id <> ct.agency_id)::int as foreign_case,
              count(*) filter (where ct.contacted_at > '${AS_OF}T23:59:59+07:00')::int as future
         from contacts ct join agencies a on a.id = ct.agency_id left join cases c on c.id = ct.case_id`,
    );
    expect(contacts.contacts).toBeGreaterThan(200);
    expect(contacts.offices).toBeGreaterThan(20);
    expect(contacts.registered).toBeGreaterThan(0);
    expect(contacts).toMatchObject({ elsewhere: 0, foreign_case: 0, future: 0 });
  });

  it('gives the programme indicators something to count', async () => {
    const ministry = await one<{ id: string }>("select id from agencies where type_code = 'ministry'");
    const analyst = await t.createUser('seed.analyst', ministry.id, ['programme_analyst'], { demo: true });
    const client = new TestClient(t.app);
    await client.signIn(analyst);
    const total = async (code: string) => {
      const response = await client.request(
        'GET',
        `/api/indicators/${code}/values?from=2023-01-01&to=2026-11-30`,
      );
      expect(response.status, JSON.stringify(response.json)).toBe(200);
      return response.json.total;
    };
    const supported = await total('victims_supported');
    expect(supported.numerator).toBeGreaterThan(100);
    expect(supported.value).toBeGreaterThan(50);
    expect(supported.value).toBeLessThanOrEqual(100);
    expect((await total('one_stop_contacts')).value).toBeGreaterThan(200);
    expect((await total('self_help_groups_active')).value).toBeGreaterThan(3);
    expect((await total('self_help_group_members')).value).toBeGreaterThan(10);
    // Reintegration follow-ups (#18): the 12-month visits are assessed, with scores in 0–1.
    const score = await total('reintegration_score_12_months');
    expect(score.count).toBeGreaterThan(50);
    expect(score.value).toBeGreaterThan(0);
    expect(score.value).toBeLessThanOrEqual(1);
  });
});

import { recordSystemAudit } from '../../audit/system-audit';
import type { TestApp, TestUser } from '../../test-support/test-app';
import { addVoiceFixture } from './voice-fixture.test-support';

/**
 * A hand-built country where every indicator value is known (all days in 2026, received 10 February):
 *
 * Centre A (Hà Tĩnh, 42): 15 women a1…a15, 4 men, and 1 woman whose case carries the pre-2025 code 02 (Hà Giang,
 * now Tuyên Quang 08). a1…a10 are identified (a_i decided i mod 5 days after reception: 1,2,3,4,0,1,2,3,4,0 —
 * 8 of them within 3 days; median 2 days). a1…a4 have a recorded support delivery 5 days after identification,
 * a5 only a draft (not support yet). a1…a6 were recruited online, a7…a9 offline, the rest unknown.
 * a1…a5 were referred to B: sent and overdue, accepted, completed, declined, expired.
 * a1…a3 have a 12-month visit due 1 March: a1 assessed 5 March (composite 0.6), a2 on 1 April (0.8), a3 not.
 * Police post B (Hà Nội, 01): 12 women and 13 men, nothing else. Screenings: 7 at A (3 possible victims), 2 at B.
 * A also records 3 one-stop contacts (1 March) and runs one active self-help group (formed 15 January) with two
 * community members, one of whom has left, and one closed group.
 * Survivor feedback and complaints about A and B: voice-fixture.test-support.ts.
 */
export async function buildIndicatorCountry(t: TestApp) {
  const centreA = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42', 'social_work_centre');
  const postB = await t.createAgency('Công an xã Hà Nội', '01', 'commune_police');
  const ministry = await t.createAgency('Bộ Công an', '01', 'ministry');
  const users = {
    supervisorA: await t.createUser('supervisor.a', centreA, ['supervisor']),
    workerB: await t.createUser('worker.b', postB, ['case_worker']),
    analyst: await t.createUser('analyst', ministry, ['programme_analyst']),
  } satisfies Record<string, TestUser>;
  const by = users.supervisorA.id;
  await t.testDb.asOwner(async (owner) => {
    const addCases = (
      agency: string,
      prefix: string,
      count: number,
      sex: string,
      province: string,
      by: string,
    ) =>
      owner.query(
        `with made as (
           select $2 || n as code, gen_random_uuid() as person_id, gen_random_uuid() as case_id
           from generate_series(1, $3::int) n)
         , people as (
           insert into persons (id, owner_agency_id, identity_sealed, sex, created_by)
           select person_id, $1, 'sealed-fixture', $4, $6 from made returning id)
         insert into cases (id, code, person_id, owner_agency_id, province_code, state, received_on,
           trafficking_status, intake_route, created_by)
         select case_id, code, person_id, $1, $5, 'received', '2026-02-10', 'PossibleVictimOfTrafficking',
           'vn.ReturnedByForeignAuthorities', $6 from made`,
        [agency, prefix, count, sex, province, by],
      );
    const byB = users.workerB.id;
    await addCases(centreA, 'a', 15, 'Feminine', '42', by);
    await addCases(centreA, 'am', 4, 'Masculine', '42', by);
    await addCases(centreA, 'old', 1, 'Feminine', '02', by);
    await addCases(postB, 'bf', 12, 'Feminine', '01', byB);
    await addCases(postB, 'bm', 13, 'Masculine', '01', byB);
    await owner.query(
      `update cases set state = 'identified', trafficking_status = 'ActualVictimOfTrafficking',
         status_decided_on = received_on + (substr(code, 2)::int % 5), status_decided_by = 'Police'
       where code ~ '^a[0-9]+$' and substr(code, 2)::int <= 10`,
    );
    await owner.query(
      `update cases set recruitment_methods = case when substr(code, 2)::int <= 6
         then array['ThroughOnlineSocialNetworks'] else array['DirectlyByRecruiter'] end
       where code ~ '^a[0-9]+$' and substr(code, 2)::int <= 9`,
    );
    await owner.query(
      `insert into support_deliveries (id, case_id, regime, delivered_on, agency_id, recorded_by, amount_vnd, status)
       select gen_random_uuid(), id, 'vn.EssentialNeeds', status_decided_on + 5, owner_agency_id, $1,
         case when code = 'a5' then 500000 end, case when code = 'a5' then 'draft' else 'recorded' end
       from cases where code in ('a1', 'a2', 'a3', 'a4', 'a5')`,
      [by],
    );
    await owner.query(
      `insert into referrals (id, case_id, case_code, from_agency_id, to_agency_id, services, urgency, reason,
         status, decline_reason, sent_by, respond_by, complete_by, answered_at, created_at)
       select gen_random_uuid(), c.id, c.code, c.owner_agency_id, $1, array['vn.Shelter'], 'normal', 'needs',
         s.status, case when s.status = 'declined' then 'no_capacity' end, $2, s.respond_by, '2099-01-01', case when s.status <> 'sent' then now() end, '2026-02-12T03:00:00Z'
       from cases c join (values ('a1', 'sent', '2026-02-13T00:00:00Z'::timestamptz),
         ('a2', 'accepted', '2099-01-01'), ('a3', 'completed', '2099-01-01'), ('a4', 'declined', '2099-01-01'),
         ('a5', 'expired', '2026-02-13T00:00:00Z')) s(code, status, respond_by) on s.code = c.code`,
      [postB, by],
    );
    await owner.query(
      `with visits as (
         insert into reintegration_visits (id, case_id, months, reference_on, due_on, created_by)
         select gen_random_uuid(), id, 12, '2025-03-01', '2026-03-01', $1 from cases where code in ('a1', 'a2', 'a3')
         returning id, case_id)
       insert into reintegration_assessments (id, case_id, visit_id, instrument_id, instrument_version, visited_on,
         answers_sealed, dimension_scores, composite, recorded_by)
       select gen_random_uuid(), v.case_id, v.id, 'lantern-reintegration', 1, a.visited_on::date, 'sealed-fixture',
         '[]'::jsonb, a.composite, $1
       from visits v join cases c on c.id = v.case_id
       join (values ('a1', '2026-03-05', 0.6), ('a2', '2026-04-01', 0.8)) a(code, visited_on, composite) on a.code = c.code`,
      [by],
    );
    await owner.query(
      `insert into screenings (id, agency_id, screened_by, screened_at, consent_to_interview, interview_language,
         interpreter_used, province_code, outcome)
       select gen_random_uuid(), agency, $3, '2026-02-01T03:00:00Z', true, 'vie', false, province,
         case when n <= possible then 'possible-victim' else 'no-indicators' end
       from (values ($1::uuid, '42', 7, 3), ($2::uuid, '01', 2, 0)) a(agency, province, total, possible),
         generate_series(1, total) n`,
      [centreA, postB, by],
    );
    await owner.query(
      `insert into contacts (id, agency_id, recorded_by, contacted_at, channel, caller, anonymous, outcome)
       select gen_random_uuid(), $1, $2, '2026-03-01T03:00:00Z', 'hotline', 'person', true, 'information_given'
       from generate_series(1, 3)`,
      [centreA, by],
    );
    await owner.query(
      `with made as (
         insert into self_help_groups (id, name, province_code, commune_code, agency_id, started_on, status,
           livelihood_focus, created_by)
         values (gen_random_uuid(), 'Nhóm A', '42', '42001', $1, '2026-01-15', 'active', 'vn.Livestock', $2),
           (gen_random_uuid(), 'Nhóm B', '42', '42001', $1, '2026-01-20', 'closed', 'vn.Livestock', $2)
         returning id, status)
       insert into self_help_group_members (id, group_id, kind, name_sealed, joined_on, left_on, added_by)
       select gen_random_uuid(), made.id, 'community', 'sealed-fixture', '2026-02-01',
         case when n = 2 then '2026-05-01'::date end, $2
       from made, generate_series(1, 2) n where made.status = 'active'`,
      [centreA, by],
    );
    await addVoiceFixture(owner, { centreA, postB, ministry });
    await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'agency', resourceId: centreA });
  });
  return users;
}

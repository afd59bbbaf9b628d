import type { SqlSession } from '../../db/types';

/**
 * Survivor voice in the hand-built country (indicator-fixture.test-support.ts), big enough that the national
 * totals pass the suppression rule (k = 11) and small enough by province that they do not:
 *
 * Feedback: 26 answers at centre A (Hà Tĩnh, February 2026) — 8 all "yes", 5 "yes, partly" (mean 0.75:
 * satisfied), 7 "yes, partly, partly" (0.67), 4 "no, declined, yes" (0.5), 2 with no scored answer (not rated);
 * 3 answers at post B (Hà Nội, March 2026), all "yes". National: 29 responses, 16 of 27 rated satisfied.
 *
 * Complaints, all handled by the ministry: 25 about centre A received 15 February 2026 — 12 answered 20 February
 * (deadline 1 March; 7 closed), 4 answered late on 10 March (closed), 7 still open past the deadline (3 received,
 * 4 in review), 2 open with a deadline still to come; the first 11 about discrimination or stigma. 3 about post B
 * received 5 March, answered on time and closed. National: 28 received, 15 of 26 due answered on time, 14 closed,
 * 7 overdue, 11 about discrimination or stigma.
 */
export async function addVoiceFixture(
  owner: SqlSession,
  agencies: { centreA: string; postB: string; ministry: string },
): Promise<void> {
  const { centreA, postB, ministry } = agencies;
  await owner.query(
    `insert into feedback_responses (agency_id, service_type, period_month, instrument_id, instrument_version,
       answers)
     select agency, 'vn.Shelter', month::date, 'lantern-feedback', 1, (case
         when agency = $2::uuid or n <= 8 then '{"respect":"yes","safety":"yes","helped":"yes","change":"nothing"}'
         when n <= 13 then '{"respect":"yes","safety":"partly"}'
         when n <= 20 then '{"respect":"yes","safety":"partly","helped":"partly"}'
         when n <= 24 then '{"respect":"no","safety":"declined","helped":"yes"}'
         else '{"respect":"declined","change":"faster-help"}' end)::jsonb
     from (values ($1::uuid, '2026-02-01', 26), ($2::uuid, '2026-03-01', 3)) a(agency, month, total),
       generate_series(1, total) n`,
    [centreA, postB],
  );
  await owner.query(
    `insert into complaints (id, receipt_hash, concerned_agency_id, handling_agency_id, category,
       description_sealed, channel, status, received_at, due_on, responded_at, closed_at)
     select gen_random_uuid(), 'fixture-' || agency || '-' || n, agency, $3, case
         when agency = $1::uuid and n <= 11 then 'discrimination_stigma'
         when agency = $1::uuid then 'delay' else 'privacy' end,
       'sealed-fixture', 'public', s.status, received::timestamptz, s.due_on::date, s.responded::timestamptz,
       case when s.status = 'closed' then s.responded::timestamptz end
     from (values ($1::uuid, '2026-02-15T03:00:00Z', 25), ($2::uuid, '2026-03-05T03:00:00Z', 3))
         a(agency, received, total),
       generate_series(1, total) n,
       lateral (select
         case when agency = $2::uuid then 'closed' when n <= 7 then 'closed' when n <= 12 then 'responded'
           when n <= 16 then 'closed' when n <= 19 then 'received' when n <= 23 then 'in_review'
           else 'received' end as status,
         case when agency = $2::uuid then '2026-03-20' when n <= 23 then '2026-03-01'
           else '2099-01-01' end as due_on,
         case when agency = $2::uuid then '2026-03-10T03:00:00Z' when n <= 12 then '2026-02-20T03:00:00Z'
           when n <= 16 then '2026-03-10T03:00:00Z' end as responded) s`,
    [centreA, postB, ministry],
  );
}

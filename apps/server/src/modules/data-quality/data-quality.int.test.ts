import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from '../indicators/indicator-fixture.test-support';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>> & { coordinator: TestUser };

// The hand-built country of the indicator tests: centre A has 20 open cases (none with an age band, nationality
// or exploitation type recorded; a1…a9 with their recruitment), post B 25. Here a1…a3 (identified) and am1
// (received) have not moved for 40 days. Late entries (the last 90 days, more than 7 days late): centre A screened
// 4 people 10 days ago and submitted 3 of them today (a fifth, from 200 days ago, is outside the window); it
// received a10…a14 20 days ago and a15 3 days ago, all registered today; post B received bf1 2 days ago and
// recorded the outcome of a3's referral (due 5 days ago) yesterday, and submitted a screening a day after it.
describe(`the data-quality panel (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);

  beforeAll(async () => {
    t = await createTestApp();
    const country = await buildIndicatorCountry(t);
    const office = await t.createAgency(
      'Công an thành phố Hà Nội',
      '01',
      'provincial_police_anti_trafficking',
    );
    users = {
      ...country,
      coordinator: await t.createUser('coordinator.01', office, ['provincial_coordinator']),
    };
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `update cases set state_changed_at = now() - interval '40 days' where code in ('a1', 'a2', 'a3', 'am1')`,
      );
      await owner.query(
        `update cases set received_on = (now() at time zone 'Asia/Ho_Chi_Minh')::date - case
           when code = 'a15' then 3 when code = 'bf1' then 2 else 20 end
         where code in ('a10', 'a11', 'a12', 'a13', 'a14', 'a15', 'bf1')`,
      );
      await owner.query(
        `insert into screenings (id, agency_id, screened_by, screened_at, submitted_at, consent_to_interview,
           interview_language, interpreter_used, outcome)
         select gen_random_uuid(), s.agency, s.by, now() - s.ago, now() - s.ago + s.took, true, 'vie', false,
           'no-indicators'
         from (values ($1::uuid, $3::uuid, interval '10 days', interval '10 days'),
           ($1, $3, interval '10 days', interval '10 days'), ($1, $3, interval '10 days', interval '10 days'),
           ($1, $3, interval '10 days', interval '1 day'), ($1, $3, interval '200 days', interval '200 days'),
           ($2, $4, interval '30 days', interval '1 day')) s(agency, by, ago, took)`,
        [users.supervisorA.agencyId, users.workerB.agencyId, users.supervisorA.id, users.workerB.id],
      );
      await owner.query(
        `update referrals set outcome = 'vn.Delivered', closed_at = now() - interval '1 day',
           complete_by = now() - interval '5 days'
         where case_code = 'a3'`,
      );
      // Every change to cases carries its audit event in the same transaction, fixtures included.
      await recordSystemAudit(owner, {
        action: 'test.fixture',
        resourceType: 'agency',
        resourceId: users.supervisorA.agencyId,
      });
    });
  }, 60_000);
  afterAll(() => t.close());

  it("counts the supervisor's own open cases missing each key field and stuck in a state", async () => {
    const { status, json } = await (await as(users.supervisorA)).request('GET', '/api/data-quality');
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json).toMatchObject({
      stuckAfterDays: 30,
      hasMore: false,
      agencies: [
        {
          agencyName: 'Trung tâm CTXH Hà Tĩnh',
          provinceCode: '42',
          openCases: 20,
          missing: { sex: 0, ageBand: 20, nationality: 20, exploitationType: 20, recruitment: 11 },
          stuck: 4,
        },
      ],
      stuckByState: [
        { state: 'identified', count: 3 },
        { state: 'received', count: 1 },
      ],
    });
  });

  it('counts late screenings, registrations and referral outcomes of the last 90 days, own agency only', async () => {
    const { status, json } = await (await as(users.supervisorA)).request('GET', '/api/data-quality');
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.lateEntries).toEqual({
      afterDays: 7,
      windowDays: 90,
      hasMore: false,
      agencies: [
        {
          agencyId: users.supervisorA.agencyId,
          agencyName: 'Trung tâm CTXH Hà Tĩnh',
          provinceCode: '42',
          screenings: { recorded: 4, late: 3 },
          registrations: { recorded: 6, late: 5 },
          referralOutcomes: { recorded: 0, late: 0 },
        },
      ],
    });
  });

  it("gives a provincial coordinator every agency of the province, a recipient's late outcome included, and no other province", async () => {
    const { status, json } = await (await as(users.coordinator)).request('GET', '/api/data-quality');
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.lateEntries.agencies).toEqual([
      {
        agencyId: users.workerB.agencyId,
        agencyName: 'Công an xã Hà Nội',
        provinceCode: '01',
        screenings: { recorded: 1, late: 0 },
        registrations: { recorded: 1, late: 0 },
        referralOutcomes: { recorded: 1, late: 1 },
      },
    ]);
    // The missing-fields table has the same scope: post B's 25 open cases, none of centre A's.
    expect(json.agencies.map((row: { agencyName: string }) => row.agencyName)).toEqual(['Công an xã Hà Nội']);
  });

  it('is refused to those without own-scope indicators: a case worker and an aggregate-only analyst', async () => {
    for (const who of [users.workerB, users.analyst]) {
      const { status, json } = await (await as(who)).request('GET', '/api/data-quality');
      expect(status).toBe(403);
      expect(json.error.message).toBeTruthy();
    }
  });
});

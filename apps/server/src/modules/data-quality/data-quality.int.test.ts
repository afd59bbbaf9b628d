import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from '../indicators/indicator-fixture.test-support';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;

// The hand-built country of the indicator tests: centre A has 20 open cases (none with an age band, nationality
// or exploitation type recorded; a1…a9 with their recruitment), post B 25. Here a1…a3 (identified) and am1
// (received) have not moved for 40 days.
describe(`the data-quality panel (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `update cases set state_changed_at = now() - interval '40 days' where code in ('a1', 'a2', 'a3', 'am1')`,
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

  it('is refused to those without own-scope indicators: a case worker and an aggregate-only analyst', async () => {
    for (const who of [users.workerB, users.analyst]) {
      const { status, json } = await (await as(who)).request('GET', '/api/data-quality');
      expect(status).toBe(403);
      expect(json.error.message).toBeTruthy();
    }
  });
});

import { LIST_TOTAL_CAP } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { readListPage } from '../../test-support/list-page';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';

// A border post with one more possible victim than the cap and a few screenings without indicators; another
// agency with a handful. Rows go in as the owner in one statement per outcome.
const POSSIBLE = LIST_TOTAL_CAP + 1;
const NONE = 12;
const ELSEWHERE = 9;

describe(`screening list totals stop counting at ${LIST_TOTAL_CAP} (${testEngine})`, () => {
  let t: TestApp;
  let screener: TestUser;
  let outsider: TestUser;
  const as = signedInClients(() => t, TestClient);
  const list = async (user: TestUser, query = '') => readListPage(await as(user), `/api/screenings${query}`);

  async function addScreenings(user: TestUser, outcome: string, count: number) {
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `insert into screenings (id, agency_id, screened_by, screened_at, consent_to_interview,
                                 interview_language, interpreter_used, outcome)
         select gen_random_uuid(), $1, $2, now() - n * interval '1 hour', true, 'vie', false, $3
         from generate_series(1, $4::int) as n`,
        [user.agencyId, user.id, outcome, count],
      );
      await recordSystemAudit(owner, { action: 'test.screenings', details: { count } });
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    const borderPost = await t.createAgency('Đồn Biên phòng Cầu Treo', '42', 'border_guard_post');
    const otherAgency = await t.createAgency('Trung tâm CTXH Hà Nội', '01');
    screener = await t.createUser('screener', borderPost, ['case_worker']);
    outsider = await t.createUser('outsider', otherAgency, ['case_worker']);
    await addScreenings(screener, 'possible-victim', POSSIBLE);
    await addScreenings(screener, 'no-indicators', NONE);
    await addScreenings(outsider, 'possible-victim', ELSEWHERE);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers "more than the cap" past it, whole list or filtered, and pages on to the last row', async () => {
    expect(await list(screener)).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalIsLowerBound: true,
      hasMore: true,
    });
    expect(await list(screener, '?outcome=possible-victim')).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalIsLowerBound: true,
    });
    const last = await list(screener, `?limit=100&offset=${POSSIBLE + NONE - 10}`);
    expect(last.items).toHaveLength(10);
    expect(last).toMatchObject({ total: LIST_TOTAL_CAP, totalIsLowerBound: true, hasMore: false });
  });

  it('answers the exact total below the cap, counting only the reader agency', async () => {
    expect(await list(screener, '?outcome=no-indicators&limit=5')).toMatchObject({
      total: NONE,
      totalIsLowerBound: false,
      hasMore: true,
    });
    const other = await list(outsider);
    expect(other).toMatchObject({ total: ELSEWHERE, totalIsLowerBound: false, hasMore: false });
    expect(other.items).toHaveLength(ELSEWHERE);
  });
});

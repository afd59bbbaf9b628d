import { type IndicatorDefinitionInput, indicatorDefinitionSchema } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { compileIndicator, type IndicatorRow } from './compile-indicator';
import { buildIndicatorCountry } from './indicator-fixture.test-support';
import { subjectSql } from './subject-sql';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;
const year2026 = 'from=2026-01-01&to=2026-12-31';
type Cell = { value: number | null; status: string };
const shownOrStatus = (cell: Cell) => (cell.status === 'shown' ? cell.value : cell.status);
const voiceCodes = [
  'feedback_responses',
  'survivors_satisfied',
  'complaints_received',
  'complaints_answered_on_time',
];

describe(`survivor voice indicators, national only (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);
  const request = async (who: keyof Users, code: string, query: string, language = 'en') =>
    (await as(users[who])).request('GET', `/api/indicators/${code}/values?${query}`, undefined, {
      'Accept-Language': language,
    });
  const values = async (who: keyof Users, code: string, query: string) => {
    const response = await request(who, code, query);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return response.json;
  };

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
  }, 60_000);
  afterAll(() => t.close());

  it('lists feedback and complaint indicators as national only, and no other', async () => {
    const { json } = await (await as(users.supervisorA)).request('GET', '/api/indicators');
    const nationalOnly = json.indicators
      .filter((entry: { nationalOnly: boolean }) => entry.nationalOnly)
      .map((entry: { code: string; evaluable: boolean }) => [entry.code, entry.evaluable]);
    expect(nationalOnly).toEqual(voiceCodes.map((code) => [code, true]));
  });

  it.each(voiceCodes)(
    'refuses %s to a supervisor in the own scope, naming the scope in their language',
    async (code) => {
      const own = await request('supervisorA', code, `${year2026}&scope=own`, 'vi');
      expect(own.status).toBe(400);
      expect(own.json.error.details).toEqual([
        expect.objectContaining({
          field: 'scope',
          code: 'national_only',
          message: expect.stringContaining('toàn quốc'),
        }),
      ]);
      // Asked for no scope, the supervisor gets the only one there is: national, suppressed.
      const usual = await values('supervisorA', code, year2026);
      expect(usual).toMatchObject({ scope: 'national', suppression: { applied: true, k: 11 } });
      // A case worker has neither scope.
      expect((await request('workerB', code, year2026)).status).toBe(403);
    },
  );

  it('answers the analyst the national counts, suppressed by province and by month', async () => {
    const feedback = await values('analyst', 'feedback_responses', `period=year&${year2026}&by=province`);
    expect(feedback.columns).toEqual(['01', '42']);
    expect(feedback.columnTotals.map(shownOrStatus)).toEqual(['primary', 'secondary']);
    expect(feedback.total).toEqual({ value: 29, status: 'shown' });
    const complaints = await values('analyst', 'complaints_received', `period=month&${year2026}`);
    expect(
      complaints.rows.map((row: { key: { period: string }; total: Cell }) => [
        row.key.period,
        shownOrStatus(row.total),
      ]),
    ).toEqual([
      ['2026-02', 'secondary'],
      ['2026-03', 'primary'],
    ]);
    expect(complaints.total).toEqual({ value: 28, status: 'shown' });
    const byType = await values('analyst', 'complaints_received', `period=year&${year2026}&by=agency_type`);
    expect(byType.columns).toEqual(['commune_police', 'social_work_centre']);
    expect(byType.columnTotals.map(shownOrStatus)).toEqual(['primary', 'secondary']);
  });

  it('computes satisfaction and answers on time as shares, in SQL', async () => {
    expect((await values('analyst', 'survivors_satisfied', `period=year&${year2026}`)).total).toEqual({
      value: 59.3,
      numerator: 16,
      denominator: 27,
      status: 'shown',
    });
    expect((await values('analyst', 'complaints_answered_on_time', `period=year&${year2026}`)).total).toEqual(
      {
        value: 57.7,
        numerator: 15,
        denominator: 26,
        status: 'shown',
      },
    );
    // By province, the 3 of post B are too few: both provinces are hidden, the country is not.
    const byProvince = await values('analyst', 'survivors_satisfied', `period=year&${year2026}&by=province`);
    expect(byProvince.columnTotals.map(shownOrStatus)).toEqual(['primary', 'secondary']);
  });

  it('counts every complaint and feedback filter exactly', async () => {
    const count = (subject: 'complaint' | 'feedback_response', where: { code: string }[]) => {
      const input: IndicatorDefinitionInput = {
        code: 'fixture_check',
        name: { vi: 'Kiểm tra', en: 'Check', ar: 'فحص' },
        definition: { vi: 'Kiểm tra', en: 'Check', ar: 'فحص' },
        unit: 'count',
        block: { kind: 'count', subject, where },
        dimensions: [],
      };
      const definition = indicatorDefinitionSchema.parse(input);
      const query = compileIndicator(definition, subjectSql[subject], {
        period: 'year',
        from: '2026-01-01',
        to: '2026-12-31',
        by: [],
        national: true,
        scope: sql`true`,
      });
      return runInRequestTransaction(
        t.testDb.database.db,
        {
          requestId: newId(),
          actorId: users.analyst.id,
          agencyId: users.analyst.agencyId,
          permissions: ['stats.read_aggregate'],
        },
        async (tx) => {
          const rows = await queryRows<IndicatorRow>(tx, query);
          return rows.find((row) => row.rolled_row === 1 && row.rolled_column === 1)?.n;
        },
      );
    };
    expect(await count('complaint', [])).toBe(28);
    expect(await count('complaint', [{ code: 'answer_due' }])).toBe(26);
    expect(await count('complaint', [{ code: 'responded_on_time' }])).toBe(15);
    expect(await count('complaint', [{ code: 'overdue' }])).toBe(7);
    expect(await count('complaint', [{ code: 'closed' }])).toBe(14);
    expect(await count('complaint', [{ code: 'discrimination_stigma' }])).toBe(11);
    expect(await count('feedback_response', [])).toBe(29);
    expect(await count('feedback_response', [{ code: 'rated' }])).toBe(27);
    expect(await count('feedback_response', [{ code: 'satisfied' }])).toBe(16);
  });

  it('holds the rule in the database: no own view, and nothing without stats.read_aggregate', async () => {
    const run = (permissions: Parameters<typeof runInRequestTransaction>[1]['permissions']) =>
      runInRequestTransaction(
        t.testDb.database.db,
        {
          requestId: newId(),
          actorId: users.supervisorA.id,
          agencyId: users.supervisorA.agencyId,
          permissions,
        },
        async (tx) =>
          (
            await queryRows<{ own: string | null; feedback: number; complaints: number }>(
              tx,
              sql`select to_regclass('indicator_feedback_facts_own')::text
                  || coalesce(to_regclass('indicator_complaint_facts_own')::text, '') as own,
                (select count(*)::int from indicator_feedback_facts_national) as feedback,
                (select count(*)::int from indicator_complaint_facts_national) as complaints`,
            )
          )[0],
      );
    // The agency's own reviewer and a complaints officer read rows, never figures through these views.
    expect(await run(['indicators.read', 'feedback.review', 'complaint.handle', 'case.read'])).toEqual({
      own: null,
      feedback: 0,
      complaints: 0,
    });
    expect(await run(['stats.read_aggregate'])).toEqual({ own: null, feedback: 29, complaints: 28 });
  });

  it('sees a new answer at once: writing feedback moves the national cache on', async () => {
    const path = `period=year&${year2026}`;
    expect((await values('analyst', 'feedback_responses', path)).total.value).toBe(29);
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `insert into feedback_responses (agency_id, service_type, period_month, instrument_id, instrument_version, answers)
         values ($1, 'vn.Shelter', '2026-04-01', 'lantern-feedback', 1, '{"respect":"yes"}')`,
        [users.supervisorA.agencyId],
      );
      await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'agency' });
    });
    expect((await values('analyst', 'feedback_responses', path)).total.value).toBe(30);
  });
});

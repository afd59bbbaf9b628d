import {
  type IndicatorDefinition,
  type IndicatorDimension,
  type IndicatorPeriod,
  seededIndicators,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { recordStatements } from '../../test-support/statement-log';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { compileIndicator, type IndicatorRow } from './compile-indicator';
import { buildIndicatorCountry } from './indicator-fixture.test-support';
import { indicatorTable } from './indicator-table';
import { subjectSql } from './subject-sql';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;
const from = '2025-01-01';
const to = '2026-12-31';

/** Breakdowns a reader may ask of a definition: none, the dashboard's, and one the dashboards do not use. */
function breakdowns(definition: IndicatorDefinition): IndicatorDimension[][] {
  const allowed = (list: IndicatorDimension[]) => list.every((d) => definition.dimensions.includes(d));
  const candidates: IndicatorDimension[][] = [
    [],
    ['province'],
    ['province', 'sex'],
    ['province', 'age_band'],
    ['sex', 'age_band'],
    ['age_band', 'province'],
    ['nationality', 'sex'],
    ['agency_type'],
  ];
  return candidates.filter(allowed);
}

const cases = seededIndicators.flatMap((definition) =>
  (['quarter', 'year'] as IndicatorPeriod[]).flatMap((period) =>
    breakdowns(definition).map((by) => [definition.code, period, by.join(',')] as const),
  ),
);

describe(`national tables cut from a pass (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
  }, 60_000);
  afterAll(() => t.close());

  it.each(cases)(
    '%s by %s and [%s] equals the table computed by its own statement',
    async (code, period, by) => {
      const definition = seededIndicators.find((candidate) => candidate.code === code) as IndicatorDefinition;
      const dimensions = by ? (by.split(',') as IndicatorDimension[]) : [];
      const query = `period=${period}&from=${from}&to=${to}${by ? `&by=${by}` : ''}`;
      const response = await (await as(users.analyst)).request(
        'GET',
        `/api/indicators/${code}/values?${query}`,
      );
      expect(response.status, JSON.stringify(response.json)).toBe(200);
      const request = { period, from, to, by: dimensions, national: true, scope: sql`true` };
      const subject = subjectSql[definition.block.subject];
      const rows = await runInRequestTransaction(
        t.testDb.database.db,
        { requestId: newId(), actorId: null, agencyId: null, permissions: ['stats.read_aggregate'] },
        (tx) => queryRows<IndicatorRow>(tx, compileIndicator(definition, subject, request)),
      );
      const { scope, computedAt, ...answered } = response.json;
      expect(scope).toBe('national');
      expect(answered).toEqual(JSON.parse(JSON.stringify(indicatorTable(definition, request, rows))));
      // Two empty tables would prove little: the fixture's cases and referrals are counted in every such table.
      if (['case', 'referral'].includes(definition.block.subject)) {
        const grand = rows.find((row) => row.rolled_row === 1 && row.rolled_column === 1);
        expect(grand?.n).toBeGreaterThan(0);
      }
    },
  );

  it('reads the cases once for every table of the same event, whatever their breakdowns', async () => {
    const log = recordStatements(t.testDb.database);
    const client = await as(users.analyst);
    const range = 'period=month&from=2026-01-01&to=2026-06-30';
    // persons_received, verified_within_3_days and recruited_online place cases by the day they were received.
    const paths = [
      `/api/indicators/persons_received/values?${range}&by=province,sex`,
      `/api/indicators/verified_within_3_days/values?${range}&by=province,age_band`,
      `/api/indicators/recruited_online/values?${range}&by=province`,
      `/api/indicators/persons_received/values?${range}`,
    ];
    const answers = await Promise.all(paths.map((path) => client.request('GET', path)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const reads = log.statements.filter((statement) => /from indicator_case_facts_national/.test(statement));
    expect(reads, reads.join('\n---\n')).toHaveLength(1);
  });
});

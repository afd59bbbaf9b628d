import type { Permission } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { recordStatements } from '../../test-support/statement-log';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from './indicator-fixture.test-support';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;
const year2026 = 'from=2026-01-01&to=2026-12-31';

describe(`indicator values on a hand-built country (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);
  const values = async (who: keyof Users, code: string, query: string) => {
    const response = await (await as(users[who])).request('GET', `/api/indicators/${code}/values?${query}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return response.json;
  };

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
  }, 60_000);
  afterAll(() => t.close());

  it('lists the catalogue, saying which indicators this installation can compute', async () => {
    const { status, json } = await (await as(users.analyst)).request('GET', '/api/indicators');
    expect(status).toBe(200);
    const byCode = new Map(json.indicators.map((entry: { code: string }) => [entry.code, entry]));
    expect(byCode.get('persons_received')).toMatchObject({ unit: 'count', evaluable: true });
    // Groups, one-stop contacts and training are recorded now (#18, #19): every indicator can be computed.
    expect(byCode.get('frontline_staff_trained')).toMatchObject({ evaluable: true, nationalOnly: false });
    // Survivor voice (#20) is evaluable too, nationally only: its values are in voice-indicators.int.test.ts.
    expect(byCode.get('survivors_satisfied')).toMatchObject({ evaluable: true, nationalOnly: true });
    expect(json.indicators.filter((entry: { evaluable: boolean }) => !entry.evaluable)).toEqual([]);
  });

  it('counts the own scope unsuppressed, old province codes rolled up to the current province', async () => {
    const table = await values('supervisorA', 'persons_received', `period=year&${year2026}&by=province,sex`);
    expect(table).toMatchObject({
      scope: 'own',
      suppression: { applied: false },
      columns: ['Feminine', 'Masculine'],
    });
    const rows = table.rows.map(
      (row: { key: Record<string, string>; cells: { value: number }[]; total: { value: number } }) => [
        row.key.period,
        row.key.province,
        ...row.cells.map((cell) => cell.value),
        row.total.value,
      ],
    );
    expect(rows).toEqual([
      ['2026', '08', 1, 0, 1],
      ['2026', '42', 15, 4, 19],
    ]);
    expect(table.total.value).toBe(20);
  });

  it.each([
    ['verified_within_3_days', 'numerator', 8, 20, 40],
    ['victims_supported', 'numerator', 4, 10, 40],
    ['recruited_online', 'numerator', 6, 9, 66.7],
    ['referrals_accepted', 'numerator', 2, 5, 40],
    ['referrals_completed', 'numerator', 1, 5, 20],
    ['referrals_overdue', 'numerator', 2, 5, 40],
    ['follow_ups_on_schedule', 'numerator', 1, 3, 33.3],
  ])('computes the ratio %s in SQL', async (code, _label, numerator, denominator, percentage) => {
    const table = await values('supervisorA', code, `period=year&${year2026}`);
    expect(table.total).toEqual({ value: percentage, numerator, denominator, status: 'shown' });
  });

  it.each([
    ['persons_screened', 7],
    ['possible_victims_screened', 3],
    ['victims_identified', 10],
    ['referrals_made', 5],
    ['one_stop_contacts', 3],
    ['self_help_groups_active', 1],
    ['self_help_group_members', 1],
    ['frontline_staff_trained', 0],
  ])('computes the count %s in SQL', async (code, expected) => {
    expect((await values('supervisorA', code, `period=year&${year2026}`)).total.value).toBe(expected);
  });

  it('computes medians of durations and the mean score, by quarter, over each total', async () => {
    expect(
      (await values('supervisorA', 'days_reception_to_identification', `period=year&${year2026}`)).total,
    ).toEqual({ value: 2, count: 10, status: 'shown' });
    expect(
      (await values('supervisorA', 'days_identification_to_support', `period=year&${year2026}`)).total,
    ).toEqual({
      value: 5,
      count: 4,
      status: 'shown',
    });
    const score = await values('supervisorA', 'reintegration_score_12_months', `period=quarter&${year2026}`);
    expect(
      score.rows.map((row: { key: { period: string }; total: { value: number } }) => [
        row.key.period,
        row.total.value,
      ]),
    ).toEqual([
      ['2026-Q1', 0.6],
      ['2026-Q2', 0.8],
    ]);
    expect(score.total).toEqual({ value: 0.7, count: 2, status: 'shown' });
  });

  it('answers the national table through the suppression rule, primary and secondary', async () => {
    const table = await values('analyst', 'persons_received', `period=year&${year2026}&by=province,sex`);
    expect(table).toMatchObject({ scope: 'national', suppression: { applied: true, k: 11 } });
    const picture = table.rows.map(
      (row: {
        key: { province: string };
        cells: { value: number | null; status: string }[];
        total: { value: number | null; status: string };
      }) => [
        row.key.province,
        ...[...row.cells, row.total].map((cell) => (cell.status === 'shown' ? cell.value : cell.status[0])),
      ],
    );
    // 1 woman in 08 and 4 men in 42 are primary; the cheapest cycles hide 42's women and total and 01's cells.
    expect(picture).toEqual([
      ['01', 's', 's', 25],
      ['08', 'p', 0, 'p'],
      ['42', 's', 'p', 's'],
    ]);
    expect(table.columnTotals.map((cell: { value: number }) => cell.value)).toEqual([28, 17]);
    expect(table.total.value).toBe(45);
  });

  it('refuses a breakdown the indicator does not allow, naming the field in the reader’s language', async () => {
    const client = await as(users.analyst);
    const { status, json } = await client.request(
      'GET',
      `/api/indicators/persons_screened/values?${year2026}&by=sex`,
      undefined,
      { 'Accept-Language': 'vi' },
    );
    expect(status).toBe(400);
    expect(json.error.details).toEqual([
      expect.objectContaining({
        field: 'by',
        code: 'dimension_not_allowed',
        message: expect.stringContaining('sex'),
      }),
    ]);
    const reversed = await client.request(
      'GET',
      '/api/indicators/persons_received/values?from=2026-05-01&to=2026-01-31',
    );
    expect(reversed.json.error.details).toEqual([
      expect.objectContaining({ field: 'to', code: 'range_reversed' }),
    ]);
    // Suppressed tables cover whole months: a range a day shorter would reveal the persons of that day.
    const partial = await client.request(
      'GET',
      '/api/indicators/persons_received/values?from=2026-01-02&to=2026-03-30',
    );
    expect(partial.json.error.details).toEqual([
      expect.objectContaining({ field: 'from', code: 'month_start' }),
      expect.objectContaining({ field: 'to', code: 'month_end' }),
    ]);
    expect(
      (await values('supervisorA', 'persons_received', 'from=2026-01-02&to=2026-03-30')).total.value,
    ).toBe(20);
  });

  it('keeps scopes apart: no national figures without stats.read_aggregate, no own scope for an analyst', async () => {
    const worker = await (await as(users.workerB)).request(
      'GET',
      `/api/indicators/persons_received/values?${year2026}`,
    );
    expect(worker.status).toBe(403);
    const analystOwn = await (await as(users.analyst)).request(
      'GET',
      `/api/indicators/persons_received/values?${year2026}&scope=own`,
    );
    expect(analystOwn.status).toBe(403);
    expect((await values('supervisorA', 'persons_received', `${year2026}&scope=national`)).total.value).toBe(
      45,
    );
  });

  it('computes a whole table from one statement over the facts, then answers from the cache until the data changes', async () => {
    const client = await as(users.analyst);
    const log = recordStatements(t.testDb.database);
    // By month: no other test of this file reads a national table by month, which would share its pass.
    const path = `/api/indicators/persons_received/values?period=month&${year2026}&by=province,sex`;
    const read = async () => {
      log.clear();
      const { status, json } = await client.request('GET', path);
      expect(status).toBe(200);
      return {
        total: json.total.value as number,
        // The transaction-local work_mem and jit settings (get-indicator-values.ts) read nothing.
        work: log.statements.filter(
          (statement) => !/^(begin|commit)\b/i.test(statement) && !/set_config\('work_mem'/.test(statement),
        ),
      };
    };
    // The session, the change counter, then the one grouping query of the table's pass (compile-pass.ts): its
    // cells by period, province, sex and age band, summed into the table. No case is read into memory.
    const grouping = /from indicator_case_facts_national f\b[\s\S]*group by/;
    const first = await read();
    expect(first.total).toBe(45);
    expect(first.work, first.work.join('\n---\n')).toHaveLength(3);
    expect(first.work[2]).toMatch(grouping);
    // Nothing changed: the same table, without computing it again.
    const again = await read();
    expect(again.total).toBe(45);
    expect(again.work.some((statement) => grouping.test(statement))).toBe(false);
    // A case moves out of 2026: the next reader sees it at once; moved back, the table is 45 again.
    const setReceived = (receivedOn: string, code: string) =>
      t.testDb.asOwner(async (owner) => {
        await owner.query('update cases set received_on = $1 where code = $2', [receivedOn, code]);
        await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'case' });
      });
    const code = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ code: string }>(
        `select min(code) as code from cases where received_on between '2026-01-01' and '2026-12-31'`,
      );
      return rows[0]?.code ?? '';
    });
    await setReceived('2025-06-01', code);
    const changed = await read();
    expect(changed.total).toBe(44);
    expect(changed.work.some((statement) => grouping.test(statement))).toBe(true);
    await setReceived('2026-06-01', code);
    expect((await read()).total).toBe(45);
  });

  it('holds the own scope in the database by itself: the _own views count only the agency or the province', async () => {
    const countAs = (agencyId: string, permissions: Permission[]) =>
      runInRequestTransaction(
        t.testDb.database.db,
        { requestId: newId(), actorId: users.supervisorA.id, agencyId, permissions },
        async (tx) =>
          (
            await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from indicator_case_facts_own`)
          )[0]?.n,
      );
    const owned = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ agency: string; n: number }>(
        'select owner_agency_id as agency, count(*)::int as n from cases group by 1',
      );
      return new Map(rows.map((row) => [row.agency, row.n]));
    });
    const agencyA = users.supervisorA.agencyId;
    // Case readers without indicators.read see no figures at all, whatever the application asks.
    expect(await countAs(agencyA, ['case.read'])).toBe(0);
    expect(await countAs(agencyA, ['indicators.read', 'case.read'])).toBe(owned.get(agencyA));
    // A provincial reader counts the cases of the agency's province, whoever owns them.
    const inProvince = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ n: number }>(
        `select count(*)::int as n from cases
         where province_code = (select province_code from agencies where id = $1)`,
        [agencyA],
      );
      return rows[0]?.n;
    });
    expect(await countAs(agencyA, ['indicators.read', 'case.read_province'])).toBe(inProvince);
  });

  it('answers 404 for an unknown indicator', async () => {
    const client = await as(users.analyst);
    expect((await client.request('GET', `/api/indicators/nothing_here/values?${year2026}`)).status).toBe(404);
  });
});

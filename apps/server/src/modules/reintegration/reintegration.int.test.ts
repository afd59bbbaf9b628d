import { todayInVietNam } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  asRequest,
  auditActions,
  auditCount,
  createCaseTeam,
  registration,
  signedInClients,
} from '../case-work/test-fixtures';

/** Answers with every scored item at its best value (1), and school-age children so schooling is asked. */
const goodAnswers = {
  'econ-satisfaction': 'satisfied',
  'econ-income': 'regular',
  'econ-food': 'never',
  'econ-debt': 'no',
  'econ-borrow': 'yes',
  'has-school-age-children': 'yes',
  'soc-housing': 'adequate',
  'soc-documents': 'yes',
  'soc-health-care': 'yes',
  'soc-justice': 'yes',
  'soc-schooling': 'all',
  'psy-support': 'yes',
  'psy-belonging': 'yes',
  'psy-discrimination': 'never',
  'psy-safety': 'yes',
  'psy-distress': 'never',
};
const instrument = { instrumentId: 'lantern-reintegration', instrumentVersion: 1 };

describe(`reintegration follow-up (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let outsider: TestUser;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  let firstVisit = '';

  const assessmentCount = async () =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ n: number }>('select count(*)::int as n from reintegration_assessments'),
      )
    ).rows[0]?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    ({ worker, outsider } = await createCaseTeam(t));
    const body = registration('Lê Thị Hoa');
    // Returned on 31 October: the first visit falls on 30 November (a shorter month), already past.
    const created = await (await as(worker)).request('POST', '/api/cases', {
      ...body,
      case: { ...body.case, journey: { returnedOn: '2026-10-31' } },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    caseId = created.json.id;
  }, 60_000);
  afterAll(() => t.close());

  it('suggests the return day before the follow-up is started', async () => {
    const { status, json } = await (await as(worker)).request('GET', `/api/cases/${caseId}/reintegration`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      referenceOn: null,
      suggestedReferenceOn: '2026-10-31',
      suggestedFrom: 'returned',
      instrument: { id: 'lantern-reintegration', version: 1 },
      visits: [],
      mayRecord: true,
    });
  });

  it('plans visits at 1, 3, 6 and 12 months from the return, with their status, on a timeline line', async () => {
    const client = await as(worker);
    const { status, json } = await client.request('POST', `/api/cases/${caseId}/reintegration`, {});
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json.referenceOn).toBe('2026-10-31');
    expect(
      json.visits.map((visit: { months: number; dueOn: string }) => [visit.months, visit.dueOn]),
    ).toEqual([
      [1, '2026-11-30'],
      [3, '2027-01-31'],
      [6, '2027-04-30'],
      [12, '2027-10-31'],
    ]);
    const today = todayInVietNam();
    expect(json.visits[0].status).toBe(today > '2026-11-30' ? 'overdue' : 'due');
    expect(json.visits[3].status).toBe('upcoming');
    firstVisit = json.visits[0].id;
    expect(await auditActions(t, caseId)).toContain('reintegration.follow_up_start');
    const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((entry: { kind: string }) => entry.kind)).toContain('reintegration.started');
    const again = await client.request('POST', `/api/cases/${caseId}/reintegration`, {});
    expect(again.status).toBe(409);
  });

  it('refuses a mismatched version, unknown items, a future visit — naming the field, writing nothing', async () => {
    const vi = new TestClient(t.app, { 'Accept-Language': 'vi' });
    expect((await vi.signIn(await t.createUser('worker-vi', worker.agencyId, ['case_worker']))).status).toBe(
      200,
    );
    const path = `/api/cases/${caseId}/reintegration/visits/${firstVisit}/assessment`;
    const before = { audit: await auditCount(t), assessments: await assessmentCount() };
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { ...instrument, instrumentVersion: 2 },
        'instrumentVersion',
        'reintegration_instrument_version_unknown',
      ],
      [{ ...instrument, instrumentId: 'rss' }, 'instrumentId', 'reintegration_instrument_unknown'],
      [
        { ...instrument, answers: { ...goodAnswers, 'not-an-item': 'yes' } },
        'answers.not-an-item',
        'answer_unknown_question',
      ],
      [{ ...instrument, answers: { 'econ-debt': 'maybe' } }, 'answers.econ-debt', 'answer_wrong_type'],
      [{ ...instrument, visitedOn: '2999-01-01' }, 'visitedOn', 'reintegration_visit_in_future'],
      [{ ...instrument, visitedOn: '2026-10-01' }, 'visitedOn', 'reintegration_visit_before_reference'],
      [{ ...instrument, answers: { 'econ-debt': 'unknown' } }, 'answers', 'reintegration_nothing_answered'],
    ];
    for (const [change, field, code] of cases) {
      const body = { visitedOn: '2026-12-01', answers: goodAnswers, ...instrument, ...change };
      const { status, json } = await vi.request('POST', path, body);
      expect(status, JSON.stringify(json)).toBe(400);
      expect(json.error.details).toEqual([expect.objectContaining({ field, code })]);
      // In the reader's language, never the code.
      expect(json.error.details[0].message).not.toContain(code);
      expect(json.error.details[0].message.length).toBeGreaterThan(10);
    }
    expect(await auditCount(t)).toBe(before.audit);
    expect(await assessmentCount()).toBe(before.assessments);
  });

  it('records an assessment: scores stored, answers sealed, timeline line and audit event', async () => {
    const client = await as(worker);
    const path = `/api/cases/${caseId}/reintegration/visits/${firstVisit}/assessment`;
    const answers = { ...goodAnswers, 'econ-income': 'none', 'psy-distress': 'unknown' };
    const { status, json } = await client.request('POST', path, {
      ...instrument,
      visitedOn: '2026-12-01',
      answers,
    });
    expect(status, JSON.stringify(json)).toBe(201);
    const economic = json.dimensions.find((entry: { dimension: string }) => entry.dimension === 'economic');
    // econ-income (weight 2) at 0, the other four economic items (weights 2+1+1+1) at 1: 5 / 7.
    expect(economic.score).toBeCloseTo(5 / 7);
    const psychosocial = json.dimensions.find(
      (entry: { dimension: string }) => entry.dimension === 'psychosocial',
    );
    expect(psychosocial).toMatchObject({ score: 1, answered: 4, items: 5 });
    expect(json.composite).toBeCloseTo((5 / 7 + 1 + 1) / 3);
    const view = await client.request('GET', `/api/cases/${caseId}/reintegration`);
    expect(view.json.visits[0]).toMatchObject({ status: 'done', assessment: { id: json.id } });
    const stored = await t.testDb.asOwner((o) =>
      o.query<{ answers_sealed: string }>(
        'select answers_sealed from reintegration_assessments where id = $1',
        [json.id],
      ),
    );
    expect(stored.rows[0]?.answers_sealed).not.toContain('econ-income');
    expect(await auditActions(t, caseId)).toContain('reintegration.assessment_record');
    const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((entry: { kind: string }) => entry.kind)).toContain('reintegration.assessed');
    const again = await client.request('POST', path, { ...instrument, visitedOn: '2026-12-01', answers });
    expect(again.status).toBe(409);
  });

  it('answers another agency 404, and row-level security hides the rows from it', async () => {
    const client = await as(outsider);
    expect((await client.request('GET', `/api/cases/${caseId}/reintegration`)).status).toBe(404);
    expect((await client.request('POST', `/api/cases/${caseId}/reintegration`, {})).status).toBe(404);
    const record = await client.request(
      'POST',
      `/api/cases/${caseId}/reintegration/visits/${firstVisit}/assessment`,
      {
        ...instrument,
        visitedOn: '2026-12-01',
        answers: goodAnswers,
      },
    );
    expect(record.status).toBe(404);
    const seen = await asRequest(t, outsider, ['case.read', 'case.update'], async (tx) => [
      ...(await queryRows(tx, sql`select id from reintegration_visits`)),
      ...(await queryRows(tx, sql`select id from reintegration_assessments`)),
    ]);
    expect(seen).toEqual([]);
  });

  it('answers 404 for a visit of another case', async () => {
    const other = await (await as(worker)).request('POST', '/api/cases', registration('Phạm Thị Mai'));
    const { status } = await (await as(worker)).request(
      'POST',
      `/api/cases/${other.json.id}/reintegration/visits/${firstVisit}/assessment`,
      { ...instrument, visitedOn: '2026-12-01', answers: goodAnswers },
    );
    expect(status).toBe(404);
  });

  it('counts from the day received when no return is recorded, and refuses a reference day in the future', async () => {
    const client = await as(worker);
    const other = await client.request('POST', '/api/cases', registration('Vũ Thị Ngọc'));
    expect(other.status).toBe(201);
    const before = await client.request('GET', `/api/cases/${other.json.id}/reintegration`);
    expect(before.json).toMatchObject({ suggestedReferenceOn: '2026-11-20', suggestedFrom: 'received' });
    const future = await client.request('POST', `/api/cases/${other.json.id}/reintegration`, {
      referenceOn: '2999-01-31',
    });
    expect(future.status).toBe(400);
    expect(future.json.error.details).toEqual([expect.objectContaining({ field: 'referenceOn' })]);
    const started = await client.request('POST', `/api/cases/${other.json.id}/reintegration`, {});
    expect(started.json.visits[0]).toMatchObject({ months: 1, dueOn: '2026-12-20' });
  });
});

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

// The reintegration plan, livelihood outcomes and the case's move into reintegration when the follow-up starts.
describe(`reintegration plan and livelihood (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let outsider: TestUser;
  let provider: TestUser;
  let centre = '';
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  let itemId = '';
  let firstVisit = '';

  const rows = async (table: string) =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ n: number }>(`select count(*)::int as n from ${table} where case_id = $1`, [caseId]),
      )
    ).rows[0]?.n ?? 0;
  const plan = (change: Record<string, unknown> = {}) => ({
    supportType: 'vn.SocialPolicyBankLoan',
    agencyId: centre,
    targetOn: '2027-03-31',
    outcomeNote: 'Chị Hoa muốn vay vốn nuôi lợn',
    ...change,
  });
  const outcome = (change: Record<string, unknown> = {}) => ({
    recordedOn: '2026-12-01',
    employmentStatus: 'vn.SelfEmployed',
    incomeBand: 'vn.From2MTo5M',
    loanStatus: 'vn.Applied',
    ...change,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const team = await createCaseTeam(t);
    ({ worker, outsider, centre } = team);
    provider = await t.createUser('provider', centre, ['service_provider']);
    const created = await (await as(worker)).request('POST', '/api/cases', registration('Lê Thị Hoa'));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    caseId = created.json.id;
  }, 60_000);
  afterAll(() => t.close());

  it('moves a case receiving support into reintegration when its follow-up starts', async () => {
    const client = await as(worker);
    const path = `/api/cases/${caseId}/transitions`;
    await client.request('POST', path, { action: 'start_verification' });
    await client.request('POST', path, {
      action: 'identify',
      decision: { decidedBy: 'Police', decidedOn: '2026-11-22', legalBasis: 'Law 53/2024/QH15, Art. 28' },
    });
    const supported = await client.request('POST', path, { action: 'start_support' });
    expect(supported.json.state).toBe('receiving_support');
    const started = await client.request('POST', `/api/cases/${caseId}/reintegration`, {});
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    firstVisit = started.json.visits[0].id;
    const detail = await client.request('GET', `/api/cases/${caseId}`);
    expect(detail.json.state).toBe('reintegration');
    expect(await auditActions(t, caseId)).toEqual(
      expect.arrayContaining(['case.start_reintegration', 'reintegration.follow_up_start']),
    );
    const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
    const kinds = timeline.json.map((entry: { kind: string }) => entry.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['transition.start_reintegration', 'reintegration.started']),
    );
  });

  it('leaves a case in a state the lifecycle does not move from, and says so on the timeline', async () => {
    const client = await as(worker);
    const other = await client.request('POST', '/api/cases', registration('Phạm Thị Mai'));
    expect((await client.request('POST', `/api/cases/${other.json.id}/reintegration`, {})).status).toBe(201);
    expect((await client.request('GET', `/api/cases/${other.json.id}`)).json.state).toBe('received');
    const timeline = await client.request('GET', `/api/cases/${other.json.id}/timeline`);
    const started = timeline.json.find((entry: { kind: string }) => entry.kind === 'reintegration.started');
    expect(started.details).toMatchObject({ caseState: 'received', stateMoved: false });
  });

  it('adds a plan item: domain from the type, note sealed, timeline line and audit event', async () => {
    const client = await as(worker);
    const { status, json } = await client.request('POST', `/api/cases/${caseId}/reintegration/plan`, plan());
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json).toMatchObject({
      domain: 'economic',
      supportType: 'vn.SocialPolicyBankLoan',
      agency: { id: centre, name: 'Trung tâm CTXH Hà Tĩnh' },
      status: 'planned',
      outcomeNote: 'Chị Hoa muốn vay vốn nuôi lợn',
    });
    itemId = json.id;
    const stored = await t.testDb.asOwner((o) =>
      o.query<{ note: string }>(
        'select outcome_note_sealed as note from reintegration_plan_items where id = $1',
        [itemId],
      ),
    );
    expect(stored.rows[0]?.note).not.toContain('Hoa');
    expect(await auditActions(t, caseId)).toContain('reintegration.plan_item_add');
    const view = await client.request('GET', `/api/cases/${caseId}/reintegration`);
    expect(view.json.planItems).toEqual([
      expect.objectContaining({ id: itemId, outcomeNote: plan().outcomeNote }),
    ]);
    // Opening the note is an identifying read: audited.
    expect(await auditActions(t, caseId)).toContain('reintegration.plan_view');
  });

  it('moves a plan item through its statuses; a done item keeps its status but takes a note', async () => {
    const client = await as(worker);
    const path = `/api/cases/${caseId}/reintegration/plan/${itemId}`;
    const progress = await client.request('PATCH', path, { status: 'in_progress' });
    expect(progress.json.status).toBe('in_progress');
    const done = await client.request('PATCH', path, { status: 'done', outcomeNote: 'Được vay 50 triệu' });
    expect(done.json).toMatchObject({ status: 'done', outcomeNote: 'Được vay 50 triệu' });
    const reopened = await client.request('PATCH', path, { status: 'planned' });
    expect(reopened.status).toBe(409);
    expect(reopened.json.error.code).toBe('reintegration.plan_item_settled');
    const empty = await client.request('PATCH', path, {});
    expect(empty.status).toBe(400);
    const badStatus = await client.request('PATCH', path, { status: 'finished' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.error.details).toEqual([expect.objectContaining({ field: 'status' })]);
    const note = await client.request('PATCH', path, { outcomeNote: 'Đã trả kỳ đầu' });
    expect(note.status).toBe(200);
    expect(await auditActions(t, caseId)).toContain('reintegration.plan_item_update');
  });

  it('lets support staff without case.update plan and record, without moving the case', async () => {
    const client = await as(provider);
    const added = await client.request(
      'POST',
      `/api/cases/${caseId}/reintegration/plan`,
      plan({ supportType: 'vn.Counselling' }),
    );
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json.domain).toBe('psychosocial');
  });

  it.each([
    ['an unknown support type', { supportType: 'vn.Lottery' }, 'supportType', 'invalid_value'],
    [
      'an agency not in the directory',
      { agencyId: '00000000-0000-4000-8000-000000000000' },
      'agencyId',
      'invalid_value',
    ],
    ['a target before the case', { targetOn: '2020-01-01' }, 'targetOn', 'reintegration_target_before_case'],
    ['a target decades ahead', { targetOn: '2207-01-01' }, 'targetOn', 'reintegration_target_too_far'],
    ['a target that is no date', { targetOn: '2027-02-30' }, 'targetOn', undefined],
  ])(
    'refuses a plan item with %s: 400 naming the field in words, nothing written',
    async (name, change, field, code) => {
      const vi = new TestClient(t.app, { 'Accept-Language': 'vi' });
      const username = `vi-${name.split(' ').slice(-1)[0]}-${name.length}`;
      expect((await vi.signIn(await t.createUser(username, centre, ['case_worker']))).status).toBe(200);
      const before = { audit: await auditCount(t), items: await rows('reintegration_plan_items') };
      const { status, json } = await vi.request(
        'POST',
        `/api/cases/${caseId}/reintegration/plan`,
        plan(change),
      );
      expect(status, JSON.stringify(json)).toBe(400);
      const detail = json.error.details.find((d: { field: string }) => d.field === field);
      expect(detail, JSON.stringify(json)).toBeDefined();
      if (code) expect(detail.code).toBe(code);
      expect(detail.message.length).toBeGreaterThan(10);
      expect(await rows('reintegration_plan_items')).toBe(before.items);
      expect(await auditCount(t)).toBe(before.audit);
    },
  );

  it('records livelihood outcomes at a visit and on their own; the latest comes first', async () => {
    const client = await as(worker);
    const path = `/api/cases/${caseId}/reintegration/livelihood`;
    const atVisit = await client.request('POST', path, outcome({ visitId: firstVisit }));
    expect(atVisit.status, JSON.stringify(atVisit.json)).toBe(201);
    expect(atVisit.json).toMatchObject({ visitId: firstVisit, visitMonths: 1, loanStatus: 'vn.Applied' });
    const later = await client.request(
      'POST',
      path,
      outcome({ recordedOn: '2026-12-02', employmentStatus: 'vn.Employed', loanStatus: 'vn.Granted' }),
    );
    expect(later.status).toBe(201);
    const view = await client.request('GET', `/api/cases/${caseId}/reintegration`);
    expect(view.json.livelihood.map((entry: { employmentStatus: string }) => entry.employmentStatus)).toEqual(
      ['vn.Employed', 'vn.SelfEmployed'],
    );
    expect(await auditActions(t, caseId)).toContain('reintegration.livelihood_record');
    const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((entry: { kind: string }) => entry.kind)).toContain(
      'reintegration.livelihood_recorded',
    );
  });

  it.each([
    ['employmentStatus', outcome({ employmentStatus: 'vn.Astronaut' }), 'invalid_value'],
    ['incomeBand', outcome({ incomeBand: 'vn.Millions' }), 'invalid_value'],
    ['loanStatus', outcome({ loanStatus: 'Repaying' }), 'invalid_value'],
    ['recordedOn', outcome({ recordedOn: '2999-01-01' }), 'in_future'],
    ['recordedOn', outcome({ recordedOn: '2020-01-01' }), 'before_case_opened'],
    ['visitId', outcome({ visitId: '00000000-0000-4000-8000-000000000000' }), 'invalid_value'],
  ])(
    'refuses a livelihood outcome with a bad %s: 400 naming it, nothing written',
    async (field, body, code) => {
      const before = { audit: await auditCount(t), outcomes: await rows('livelihood_outcomes') };
      const { status, json } = await (await as(worker)).request(
        'POST',
        `/api/cases/${caseId}/reintegration/livelihood`,
        body,
      );
      expect(status, JSON.stringify(json)).toBe(400);
      expect(json.error.details).toContainEqual(expect.objectContaining({ field, code }));
      expect(await rows('livelihood_outcomes')).toBe(before.outcomes);
      expect(await auditCount(t)).toBe(before.audit);
    },
  );

  it('answers another agency 404 on every path, and row-level security hides the rows from it', async () => {
    const client = await as(outsider);
    const base = `/api/cases/${caseId}/reintegration`;
    expect((await client.request('POST', `${base}/plan`, plan())).status).toBe(404);
    expect((await client.request('PATCH', `${base}/plan/${itemId}`, { status: 'dropped' })).status).toBe(404);
    expect((await client.request('POST', `${base}/livelihood`, outcome())).status).toBe(404);
    const seen = await asRequest(t, outsider, ['case.read', 'case.update'], async (tx) => [
      ...(await queryRows(tx, sql`select id from reintegration_plan_items`)),
      ...(await queryRows(tx, sql`select id from livelihood_outcomes`)),
    ]);
    expect(seen).toEqual([]);
    // Even a direct write past the application is refused by the database for another agency's case.
    const changed = await asRequest(t, outsider, ['case.update'], (tx) =>
      queryRows(
        tx,
        sql`update reintegration_plan_items set status = 'dropped' where id = ${itemId} returning id`,
      ),
    );
    expect(changed).toEqual([]);
  });

  it('answers 404 for a plan item of another case', async () => {
    const client = await as(worker);
    const other = await client.request('POST', '/api/cases', registration('Vũ Thị Ngọc'));
    const { status } = await client.request(
      'PATCH',
      `/api/cases/${other.json.id}/reintegration/plan/${itemId}`,
      {
        status: 'dropped',
      },
    );
    expect(status).toBe(404);
  });
});

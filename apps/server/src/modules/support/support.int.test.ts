import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import {
  allowance,
  auditActions,
  countRows,
  createSupportWorld,
  hardship,
  type SupportWorld,
  supportCase,
} from './test-world';

// Entitlements, rates, plans and deliveries with bad input; approvals are in approvals.int.test.ts.
let w: SupportWorld;
let victimCase: string;

beforeAll(async () => {
  w = await createSupportWorld();
  victimCase = await supportCase(w.worker, 'Nguyễn Thị Lan', 'vn.Victim');
}, 120_000);
afterAll(() => w?.t.close());

describe(`support: entitlements, plans and deliveries (${testEngine})`, () => {
  it('computes today’s regimes from the case’s subject category', async () => {
    const abroad = await supportCase(w.worker, 'Trần Thị Mai', 'vn.InIdentificationAbroad');
    const unknown = await supportCase(w.worker, 'Lê Thị Hoa');
    const regimes = async (caseId: string) => {
      const { status, json } = await w.worker.request('GET', `/api/cases/${caseId}/support`);
      expect(status, JSON.stringify(json)).toBe(200);
      return json.entitlements.map((e: { regime: string }) => e.regime);
    };
    expect(await regimes(victimCase)).toHaveLength(10);
    expect(await regimes(abroad)).toEqual([
      'vn.EssentialNeeds',
      'vn.Medical',
      'vn.Interpretation',
      'vn.LegalInformation',
    ]);
    expect(await regimes(unknown)).toEqual([]);
    const { json } = await w.worker.request('GET', `/api/cases/${victimCase}/support`);
    expect(json.legalSource).toBe('Law 53/2024/QH15, Art. 37');
    expect(json.subjectCategory).toBe('vn.Victim');
  });

  it('keeps rates as dated configuration that only its administrator enters', async () => {
    const rate = {
      regime: hardship,
      ceilingVnd: 5_000_000,
      amountVnd: 3_000_000,
      effectiveFrom: '2025-07-01',
      example: true,
    };
    expect((await w.worker.request('POST', '/api/support/rates', rate)).status).toBe(403);
    expect((await w.supervisor.request('POST', '/api/support/rates', rate)).status).toBe(403);
    const bad = await w.admin.request('POST', '/api/support/rates', {
      ...rate,
      regime: 'vn.Nope',
      effectiveUntil: '2025-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'effectiveUntil',
      'regime',
    ]);
    const added = await w.admin.request('POST', '/api/support/rates', rate);
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json).toMatchObject({ ceilingVnd: 5_000_000, example: true });
    // A later rate supersedes from its own day only.
    await w.admin.request('POST', '/api/support/rates', {
      ...rate,
      ceilingVnd: 9_000_000,
      effectiveFrom: '2030-01-01',
    });
    const { json } = await w.worker.request('GET', `/api/cases/${victimCase}/support`);
    const entitlement = json.entitlements.find((e: { regime: string }) => e.regime === hardship);
    expect(entitlement.rate).toMatchObject({ ceilingVnd: 5_000_000, amountVnd: 3_000_000, example: true });
    expect((await w.worker.request('GET', '/api/support/rates')).json).toHaveLength(2);
  });

  it('opens a support plan with planned services; refuses bad input naming the field', async () => {
    const plan = {
      planType: 'Financial',
      objectives: 'Ổn định cuộc sống cho chị Lan trong 6 tháng đầu',
      services: [{ regime: hardship, agencyId: w.agencyA }],
      startOn: '2026-12-01',
      plannedEndOn: '2027-06-01',
      reviewOn: '2027-01-15',
    };
    const bad = await w.worker.request('POST', `/api/cases/${victimCase}/support-plans`, {
      ...plan,
      planType: 'Holiday',
      plannedEndOn: '2026-11-01',
      services: [{ regime: 'vn.Nope' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'planType',
      'plannedEndOn',
      'services.0.regime',
    ]);
    expect(await countRows(w.t, 'support_plans', victimCase)).toBe(0);
    const created = await w.worker.request('POST', `/api/cases/${victimCase}/support-plans`, plan);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({ status: 'active', objectives: plan.objectives });
    expect(created.json.services[0].agency.id).toBe(w.agencyA);
    const path = `/api/cases/${victimCase}/support-plans/${created.json.id}`;
    const early = await w.worker.request('PATCH', path, { reviewOn: '2026-11-30' });
    expect(early.json.error.details[0]).toMatchObject({ field: 'reviewOn', code: 'before_start' });
    const reviewed = await w.worker.request('PATCH', path, {
      reviewOn: '2027-02-15',
      objectives: 'Có việc làm ổn định',
    });
    expect(reviewed.json).toMatchObject({ reviewOn: '2027-02-15', objectives: 'Có việc làm ổn định' });
    const { json } = await w.worker.request('GET', `/api/cases/${victimCase}/support`);
    expect(json.plans).toHaveLength(1);
    // The objectives are sealed at rest.
    const stored = await w.t.testDb.asOwner((o) => o.query('select objectives_sealed from support_plans'));
    expect(JSON.stringify(stored.rows)).not.toContain('chị Lan');
  });

  it.each([
    ['amount 0', { amountVnd: 0 }, 'amountVnd', 'Enter an amount greater than 0 đồng.'],
    ['a negative amount', { amountVnd: -5 }, 'amountVnd', 'Enter an amount greater than 0 đồng.'],
    ['above the ceiling', { amountVnd: 5_000_001 }, 'amountVnd', 'at most 5.000.000 ₫'],
    [
      'before the case was opened',
      { deliveredOn: '2026-11-19' },
      'deliveredOn',
      'before the case was opened',
    ],
    ['in the future', { deliveredOn: '2099-01-01' }, 'deliveredOn', 'cannot be in the future'],
    ['a fraction of a dong', { amountVnd: 1000.5 }, 'amountVnd', ''],
  ])(
    'refuses a delivery %s with a 400 naming the field, writing nothing',
    async (_name, change, field, words) => {
      const before = await auditActions(w.t, victimCase);
      const answer = await w.worker.request(
        'POST',
        `/api/cases/${victimCase}/support-deliveries`,
        allowance(3_000_000, change),
      );
      expect(answer.status).toBe(400);
      const detail = answer.json.error.details.find((d: { field: string }) => d.field === field);
      expect(detail, JSON.stringify(answer.json)).toBeDefined();
      expect(detail.message).toContain(words);
      expect(await countRows(w.t, 'support_deliveries', victimCase)).toBe(0);
      expect(await auditActions(w.t, victimCase)).toEqual(before);
    },
  );

  it('answers in the reader’s language', async () => {
    const answer = await w.worker.request(
      'POST',
      `/api/cases/${victimCase}/support-deliveries`,
      allowance(0),
      { 'Accept-Language': 'vi' },
    );
    expect(answer.json.error.details[0].message).toBe('Nhập số tiền lớn hơn 0 đồng.');
  });

  it('records a service without money as given, and money as a draft; both audited with a timeline line', async () => {
    const service = await w.worker.request('POST', `/api/cases/${victimCase}/support-deliveries`, {
      regime: 'vn.Medical',
      deliveredOn: '2026-11-25',
      quantity: 2,
    });
    expect(service.status, JSON.stringify(service.json)).toBe(201);
    expect(service.json).toMatchObject({ status: 'recorded', amountVnd: null, quantity: 2 });
    const money = await w.worker.request(
      'POST',
      `/api/cases/${victimCase}/support-deliveries`,
      allowance(3_000_000),
    );
    expect(money.json).toMatchObject({
      status: 'draft',
      amountVnd: 3_000_000,
      note: 'Chuyển khoản cho chị Lan',
    });
    const { json } = await w.worker.request('GET', `/api/cases/${victimCase}/support`);
    const medical = json.entitlements.find((e: { regime: string }) => e.regime === 'vn.Medical');
    expect(medical).toMatchObject({ deliveredCount: 1, deliveredVnd: 0 });
    // A draft is not delivered money yet.
    expect(json.entitlements.find((e: { regime: string }) => e.regime === hardship).deliveredVnd).toBe(0);
    expect(await auditActions(w.t, victimCase)).toEqual(
      expect.arrayContaining(['support.plan_create', 'support.delivery_record', 'support.view']),
    );
    const timeline = await w.worker.request('GET', `/api/cases/${victimCase}/timeline`);
    expect(timeline.json.map((e: { kind: string }) => e.kind)).toContain('support.delivery_recorded');
  });

  it('answers 404 to another agency, for reads and changes alike', async () => {
    expect((await w.workerB.request('GET', `/api/cases/${victimCase}/support`)).status).toBe(404);
    const writes = [
      ['POST', `/api/cases/${victimCase}/support-deliveries`, allowance(1_000_000)],
      [
        'POST',
        `/api/cases/${victimCase}/support-plans`,
        { planType: 'Health', objectives: 'x', startOn: '2026-12-01' },
      ],
    ] as const;
    for (const [method, path, body] of writes)
      expect((await w.workerB.request(method, path, body)).status).toBe(404);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { testEngine } from '../../test-support/test-database';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from '../referrals/test-world';
import { hardship } from './test-world';

// The referred agency records deliveries: a centre the border post referred the case to for psychological
// support records that service on the border post's case — only that service, only while its referral is
// accepted and open — and sees only the plan items it is responsible for. One access policy decides
// (access/case-policy.ts, supportWriter); row-level security says the same (lantern_support_responsible).
let w: ReferralWorld;
let caseId: string;
let referralId: string;
let planId: string;
const psychological = 'vn.Psychological';

const counselling = (extra: Record<string, unknown> = {}) => ({
  regime: psychological,
  deliveredOn: '2026-12-01',
  quantity: 2,
  note: 'Hai buổi tham vấn với chị Hằng',
  ...extra,
});
const deliveriesOn = async () =>
  Number(
    (
      await w.t.testDb.asOwner((o) =>
        o.query('select count(*)::int as n from support_deliveries where case_id = $1', [caseId]),
      )
    ).rows[0]?.n,
  );

beforeAll(async () => {
  w = await createReferralWorld();
  caseId = await w.caseOfBorderPost('Đinh Thị Hằng');
  referralId = await refer(w, caseId, referralTo(w.agencies.centre));
  const plan = await w.client('guard').request('POST', `/api/cases/${caseId}/support-plans`, {
    planType: 'Financial',
    objectives: 'Ổn định tâm lý cho chị Hằng',
    services: [
      { regime: psychological, agencyId: w.agencies.centre, referralId },
      { regime: hardship, agencyId: w.agencies.border, note: 'Chuyển khoản cho chị Hằng' },
    ],
    startOn: '2026-11-25',
  });
  expect(plan.status, JSON.stringify(plan.json)).toBe(201);
  planId = plan.json.id;
}, 120_000);
afterAll(() => w?.t.close());

describe(`deliveries recorded by the referred agency (${testEngine})`, () => {
  it('refuses before the referral is accepted, and never answers an agency without a referral (404)', async () => {
    const early = await w
      .client('worker')
      .request('POST', `/api/cases/${caseId}/support-deliveries`, counselling());
    expect(early.status).toBe(403);
    expect(early.json.error.code).toBe('support.not_responsible');
    // Before it accepts, the centre sees no plan item of the case.
    const before = await w.client('worker').request('GET', `/api/cases/${caseId}/support`);
    expect(before.json).toMatchObject({ plans: [], deliveries: [], approvals: [], entitlements: [] });
    const outsider = await w
      .client('outsider')
      .request('POST', `/api/cases/${caseId}/support-deliveries`, counselling());
    expect(outsider.status).toBe(404);
    expect((await w.client('outsider').request('GET', `/api/cases/${caseId}/support`)).status).toBe(404);
    expect(await deliveriesOn()).toBe(0);
  });

  it('records the referred service once accepted, in its own name; nothing else of the plan', async () => {
    expect((await w.client('worker').request('POST', `/api/referrals/${referralId}/accept`, {})).status).toBe(
      200,
    );
    const given = await w
      .client('worker')
      .request('POST', `/api/cases/${caseId}/support-deliveries`, counselling({ planId }));
    expect(given.status, JSON.stringify(given.json)).toBe(201);
    expect(given.json).toMatchObject({ regime: psychological, status: 'recorded' });
    expect(given.json.agency.id).toBe(w.agencies.centre);
    const money = await w.client('worker').request('POST', `/api/cases/${caseId}/support-deliveries`, {
      regime: hardship,
      deliveredOn: '2026-12-01',
      amountVnd: 1_000_000,
    });
    expect(money.status).toBe(403);
    const inOthersName = await w
      .client('worker')
      .request(
        'POST',
        `/api/cases/${caseId}/support-deliveries`,
        counselling({ agencyId: w.agencies.border }),
      );
    expect(inOthersName.status).toBe(400);
    expect(inOthersName.json.error.details[0]).toMatchObject({ field: 'agencyId' });
    const seen = await w.client('worker').request('GET', `/api/cases/${caseId}/support`);
    expect(seen.status).toBe(200);
    expect(seen.json.plans).toHaveLength(1);
    expect(seen.json.plans[0].services).toEqual([
      expect.objectContaining({ regime: psychological, referralId }),
    ]);
    // The referral opened no identity section: the plan's objectives stay sealed for the centre.
    expect(seen.json.plans[0].objectives).toBeNull();
    expect(seen.json.approvals).toEqual([]);
    expect(seen.json.deliveries.map((d: { id: string }) => d.id)).toEqual([given.json.id]);
    // The owner sees the centre's delivery with the rest of the case's support.
    const owner = await w.client('guard').request('GET', `/api/cases/${caseId}/support`);
    expect(owner.json.deliveries.map((d: { id: string }) => d.id)).toContain(given.json.id);
    expect(owner.json.plans[0].services).toHaveLength(2);
  });

  it('is held by row-level security too: the centre cannot write a regime it is not responsible for', async () => {
    const centreWorker = {
      actorId: w.users.worker.id,
      agencyId: w.agencies.centre,
      permissions: ['case.read'],
    };
    const insert = (regime: string) =>
      runInRequestTransaction(w.t.testDb.database.db, { requestId: newId(), ...centreWorker }, (tx) =>
        tx.execute(sql`insert into support_deliveries (id, case_id, regime, delivered_on, agency_id, recorded_by, status)
          values (${newId()}, ${caseId}, ${regime}, '2026-12-01', ${w.agencies.centre}, ${w.users.worker.id}, 'recorded')`),
      );
    const refusal = await insert(hardship).then(
      () => 'written',
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(refusal).toMatch(/row-level security/);
  });

  it('refuses once the referral is closed: the case is gone for the centre (404), nothing written', async () => {
    const done = await w.client('worker').request('POST', `/api/referrals/${referralId}/complete`, {
      outcome: 'vn.Delivered',
    });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    const before = await deliveriesOn();
    const late = await w
      .client('worker')
      .request('POST', `/api/cases/${caseId}/support-deliveries`, counselling());
    expect(late.status).toBe(404);
    expect(await deliveriesOn()).toBe(before);
  });
});

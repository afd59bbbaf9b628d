import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  allowance,
  auditActions,
  createSupportWorld,
  hardship,
  type SupportWorld,
  supportCase,
} from './test-world';

// The two-person rule on money and plan closure: request → approve / reject; approved money locked.
let w: SupportWorld;
let caseId: string;

beforeAll(async () => {
  w = await createSupportWorld();
  caseId = await supportCase(w.worker, 'Phạm Thị Thu', 'vn.Victim');
}, 120_000);
afterAll(() => w?.t.close());

async function askedAllowance(by: TestClient, amountVnd: number, extra: Record<string, unknown> = {}) {
  const recorded = await by.request(
    'POST',
    `/api/cases/${caseId}/support-deliveries`,
    allowance(amountVnd, extra),
  );
  expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
  const path = `/api/cases/${caseId}/support-deliveries/${recorded.json.id}/approval-request`;
  const asked = await by.request('POST', path);
  expect(asked.status, JSON.stringify(asked.json)).toBe(201);
  return { deliveryId: recorded.json.id as string, approvalId: asked.json.id as string };
}

const notificationsOf = async (client: TestClient, kind: string) =>
  (
    (await client.request('GET', '/api/notifications')).json as {
      kind: string;
      data: Record<string, unknown>;
    }[]
  ).filter((n) => n.kind === kind);
const hardshipDelivered = async () =>
  (await w.worker.request('GET', `/api/cases/${caseId}/support`)).json.entitlements.find(
    (e: { regime: string }) => e.regime === hardship,
  ).deliveredVnd;

describe(`support approvals, two-person rule (${testEngine})`, () => {
  let approved: { deliveryId: string; approvalId: string };

  it('asks the agency’s supervisors, and one of them approves; the requester is told', async () => {
    approved = await askedAllowance(w.worker, 3_000_000);
    const waiting = await w.supervisor.request('GET', '/api/support/approvals');
    expect(waiting.status).toBe(200);
    expect(waiting.json).toEqual([
      expect.objectContaining({
        id: approved.approvalId,
        kind: 'delivery',
        amountVnd: 3_000_000,
        reason: null,
      }),
    ]);
    expect(await notificationsOf(w.supervisor, 'support_approval_requested')).toHaveLength(1);
    // A case worker may not decide, nor list.
    expect((await w.worker.request('GET', '/api/support/approvals')).status).toBe(403);
    expect(
      (await w.worker.request('POST', `/api/support/approvals/${approved.approvalId}/approve`, {})).status,
    ).toBe(403);
    // Another agency's supervisor does not find it.
    expect(
      (await w.supervisorB.request('POST', `/api/support/approvals/${approved.approvalId}/approve`, {}))
        .status,
    ).toBe(404);
    expect((await w.supervisorB.request('GET', '/api/support/approvals')).json).toEqual([]);

    const answer = await w.supervisor.request(
      'POST',
      `/api/support/approvals/${approved.approvalId}/approve`,
      {},
    );
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toMatchObject({ status: 'approved', decidedBy: { id: w.supervisorId } });
    const told = await notificationsOf(w.worker, 'support_approval_decided');
    expect(told[0]?.data).toMatchObject({ decision: 'approved', caseId });
    expect(await hardshipDelivered()).toBe(3_000_000);
    expect(await auditActions(w.t, caseId)).toEqual(
      expect.arrayContaining(['support.delivery_record', 'support.approval_request', 'support.approve']),
    );
  });

  it('never lets a supervisor approve their own request (403 support.own_request)', async () => {
    const own = await askedAllowance(w.supervisor, 1_000_000);
    const answer = await w.supervisor.request('POST', `/api/support/approvals/${own.approvalId}/approve`, {});
    expect(answer.status).toBe(403);
    expect(answer.json.error.code).toBe('support.own_request');
    expect(answer.json.error.message).toContain('two-person rule');
    const reject = await w.supervisor.request('POST', `/api/support/approvals/${own.approvalId}/reject`, {
      reason: 'x',
    });
    expect(reject.json.error.code).toBe('support.own_request');
    // The other supervisor was told, and decides.
    expect(await notificationsOf(w.secondSupervisor, 'support_approval_requested')).toHaveLength(2);
    expect(
      (await w.secondSupervisor.request('POST', `/api/support/approvals/${own.approvalId}/approve`, {}))
        .status,
    ).toBe(200);
    // The database holds the rule too.
    await expect(
      w.t.testDb.asOwner((o) =>
        o.query('update support_approvals set decided_by = requested_by where id = $1', [own.approvalId]),
      ),
    ).rejects.toThrow();
  });

  it('locks approved money: no edit, no second decision, no second request; the database refuses too', async () => {
    const path = `/api/cases/${caseId}/support-deliveries/${approved.deliveryId}`;
    const edit = await w.worker.request('PATCH', path, { amountVnd: 9_000 });
    expect(edit.status).toBe(409);
    expect(edit.json.error.code).toBe('support.delivery_locked');
    expect((await w.worker.request('POST', `${path}/approval-request`)).status).toBe(409);
    const again = await w.secondSupervisor.request(
      'POST',
      `/api/support/approvals/${approved.approvalId}/reject`,
      {
        reason: 'late',
      },
    );
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('support.already_decided');
    await expect(
      w.t.testDb.asOwner((o) =>
        o.query('update support_deliveries set amount_vnd = 1 where id = $1', [approved.deliveryId]),
      ),
    ).rejects.toThrow(/approved support delivery cannot change/);
  });

  it('corrects approved money with a new entry that replaces it in the totals once approved', async () => {
    const before = await hardshipDelivered();
    const correction = await askedAllowance(w.worker, 2_500_000, { correctsId: approved.deliveryId });
    expect(await hardshipDelivered()).toBe(before);
    await w.supervisor.request('POST', `/api/support/approvals/${correction.approvalId}/approve`, {});
    expect(await hardshipDelivered()).toBe(before - 3_000_000 + 2_500_000);
    const { json } = await w.worker.request('GET', `/api/cases/${caseId}/support`);
    const original = json.deliveries.find((d: { id: string }) => d.id === approved.deliveryId);
    expect(original).toMatchObject({
      amountVnd: 3_000_000,
      status: 'approved',
      correctedBy: correction.deliveryId,
    });
    // Only approved money can be corrected.
    const draft = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(100_000),
    );
    const bad = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(100_000, { correctsId: draft.json.id }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0]).toMatchObject({ field: 'correctsId', code: 'not_approved' });
  });

  it('rejects with a reason; the case worker fixes the entry and asks again', async () => {
    const asked = await askedAllowance(w.worker, 4_000_000);
    const path = `/api/cases/${caseId}/support-deliveries/${asked.deliveryId}`;
    expect((await w.worker.request('PATCH', path, { amountVnd: 3_500_000 })).status).toBe(409);
    expect(
      (await w.supervisor.request('POST', `/api/support/approvals/${asked.approvalId}/reject`, {})).status,
    ).toBe(400);
    const rejected = await w.supervisor.request('POST', `/api/support/approvals/${asked.approvalId}/reject`, {
      reason: 'Thiếu chứng từ',
    });
    expect(rejected.json).toMatchObject({ status: 'rejected', reason: 'Thiếu chứng từ' });
    const fixed = await w.worker.request('PATCH', path, { amountVnd: 3_500_000 });
    expect(fixed.json).toMatchObject({ status: 'draft', amountVnd: 3_500_000 });
    expect((await w.worker.request('POST', `${path}/approval-request`)).status).toBe(201);
  });

  it('closes a plan only with a supervisor’s approval', async () => {
    const plan = await w.worker.request('POST', `/api/cases/${caseId}/support-plans`, {
      planType: 'Livelihood',
      objectives: 'Học nghề may',
      startOn: '2026-11-21',
    });
    const closure = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-plans/${plan.json.id}/closure-request`,
      {
        reason: 'Đã có việc làm ổn định',
      },
    );
    expect(closure.status, JSON.stringify(closure.json)).toBe(201);
    // A plan waiting for its closure is settled: no more reviews.
    const review = await w.worker.request('PATCH', `/api/cases/${caseId}/support-plans/${plan.json.id}`, {
      reviewOn: '2027-02-01',
    });
    expect(review.status).toBe(409);
    expect(review.json.error.code).toBe('support.plan_settled');
    expect(
      (
        await w.worker.request('POST', `/api/cases/${caseId}/support-plans/${plan.json.id}/closure-request`, {
          reason: 'x',
        })
      ).status,
    ).toBe(409);
    await w.supervisor.request('POST', `/api/support/approvals/${closure.json.id}/approve`, {});
    const { json } = await w.worker.request('GET', `/api/cases/${caseId}/support`);
    expect(json.plans.find((p: { id: string }) => p.id === plan.json.id)).toMatchObject({ status: 'closed' });
    expect(json.approvals.find((a: { id: string }) => a.id === closure.json.id).reason).toBe(
      'Đã có việc làm ổn định',
    );
    const timeline = await w.worker.request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['support.approval_requested', 'support.approved', 'support.rejected']),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import {
  allowance,
  auditActions,
  createSupportWorld,
  hardship,
  type SupportWorld,
  supportCase,
} from './test-world';

// Bad input on a fix of a draft is refused like on a new entry: a clear 400 naming the field, nothing written.
let w: SupportWorld;
let caseId: string;
let draftPath: string;

beforeAll(async () => {
  w = await createSupportWorld();
  const rate = await w.admin.request('POST', '/api/support/rates', {
    regime: hardship,
    ceilingVnd: 5_000_000,
    effectiveFrom: '2025-07-01',
    example: true,
  });
  expect(rate.status, JSON.stringify(rate.json)).toBe(201);
  caseId = await supportCase(w.worker, 'Sùng Thị Dợ', 'vn.Victim');
  const draft = await w.worker.request(
    'POST',
    `/api/cases/${caseId}/support-deliveries`,
    allowance(2_000_000),
  );
  expect(draft.status).toBe(201);
  draftPath = `/api/cases/${caseId}/support-deliveries/${draft.json.id}`;
}, 120_000);
afterAll(() => w?.t.close());

describe(`fixing a support entry with bad input (${testEngine})`, () => {
  it.each([
    ['amount 0', { amountVnd: 0 }, 'amountVnd', 'amount_not_positive'],
    ['a negative amount', { amountVnd: -1 }, 'amountVnd', 'amount_not_positive'],
    ['above the ceiling', { amountVnd: 5_000_001 }, 'amountVnd', 'amount_above_ceiling'],
    ['before the case was opened', { deliveredOn: '2026-11-19' }, 'deliveredOn', 'before_case_opened'],
    ['in the future', { deliveredOn: '2099-01-01' }, 'deliveredOn', 'in_future'],
  ])('refuses %s with a 400 naming the field; the entry is unchanged', async (_name, change, field, code) => {
    const before = await auditActions(w.t, caseId);
    const answer = await w.worker.request('PATCH', draftPath, change);
    expect(answer.status).toBe(400);
    expect(answer.json.error.details).toEqual([expect.objectContaining({ field, code })]);
    const support = await w.worker.request('GET', `/api/cases/${caseId}/support`);
    expect(support.json.deliveries[0]).toMatchObject({ amountVnd: 2_000_000, deliveredOn: '2026-12-01' });
    expect(await auditActions(w.t, caseId)).toEqual([...before, 'support.view']);
  });

  it('refuses approving one’s own request (403) and another agency’s (404); another supervisor decides', async () => {
    const own = await w.supervisor.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(1_000_000),
    );
    const asked = await w.supervisor.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries/${own.json.id}/approval-request`,
    );
    expect(asked.status).toBe(201);
    const self = await w.supervisor.request('POST', `/api/support/approvals/${asked.json.id}/approve`, {});
    expect(self.status).toBe(403);
    expect(self.json.error.code).toBe('support.own_request');
    const outsider = await w.supervisorB.request(
      'POST',
      `/api/support/approvals/${asked.json.id}/approve`,
      {},
    );
    expect(outsider.status).toBe(404);
    const other = await w.secondSupervisor.request(
      'POST',
      `/api/support/approvals/${asked.json.id}/approve`,
      {},
    );
    expect(other.status).toBe(200);
  });
});

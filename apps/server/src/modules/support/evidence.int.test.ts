import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import { PNG, pdfWith, upload } from '../case-work/test-fixtures';
import { allowance, auditActions, createSupportWorld, type SupportWorld, supportCase } from './test-world';

// Evidence on deliveries: documents uploaded through the case's one attachment path, linked to a delivery, shown
// on it, and locked with the money once it waits for or has a supervisor's approval.
let w: SupportWorld;
let caseId: string;
let otherCaseId: string;

beforeAll(async () => {
  w = await createSupportWorld();
  caseId = await supportCase(w.worker, 'Lò Thị Mai', 'vn.Victim');
  otherCaseId = await supportCase(w.worker, 'Vàng A Sử', 'vn.Victim');
}, 120_000);
afterAll(() => w?.t.close());

async function uploaded(onCase: string, name: string) {
  const answer = await upload(w.t.app, w.worker, onCase, {
    content: pdfWith(name),
    name,
    type: 'application/pdf',
  });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return answer.json.id as string;
}
const evidencePath = (deliveryId: string) => `/api/cases/${caseId}/support-deliveries/${deliveryId}/evidence`;
const deliveryOf = async (id: string) =>
  (await w.worker.request('GET', `/api/cases/${caseId}/support`)).json.deliveries.find(
    (d: { id: string }) => d.id === id,
  );
const evidenceRows = async () =>
  Number(
    (
      await w.t.testDb.asOwner((o) =>
        o.query('select count(*)::int as n from support_delivery_evidence where case_id = $1', [caseId]),
      )
    ).rows[0]?.n,
  );

describe(`support delivery evidence (${testEngine})`, () => {
  it('links a receipt uploaded to the case, shows it on the delivery and audits it', async () => {
    const recorded = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(2_000_000),
    );
    const receipt = await uploaded(caseId, 'Biên nhận - Lò Thị Mai.pdf');
    const linked = await w.worker.request('POST', evidencePath(recorded.json.id), { attachmentId: receipt });
    expect(linked.status, JSON.stringify(linked.json)).toBe(201);
    expect((await deliveryOf(recorded.json.id)).evidence).toEqual([receipt]);
    expect(await auditActions(w.t, caseId)).toContain('support.evidence_link');
    const twice = await w.worker.request('POST', evidencePath(recorded.json.id), { attachmentId: receipt });
    expect(twice.status).toBe(409);
    // A draft's evidence linked by mistake comes off; the document stays on the case.
    const removed = await w.worker.request('DELETE', `${evidencePath(recorded.json.id)}/${receipt}`);
    expect(removed.status).toBe(200);
    expect((await deliveryOf(recorded.json.id)).evidence).toEqual([]);
    const attachments = await w.worker.request('GET', `/api/cases/${caseId}/attachments`);
    expect(attachments.json.map((a: { id: string }) => a.id)).toContain(receipt);
  });

  it('refuses another case’s document naming the field, and another agency with 404; nothing written', async () => {
    const recorded = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(1_000_000),
    );
    const foreign = await uploaded(otherCaseId, 'Khác.pdf');
    const before = await evidenceRows();
    const wrong = await w.worker.request('POST', evidencePath(recorded.json.id), { attachmentId: foreign });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details[0]).toMatchObject({ field: 'attachmentId' });
    const mine = await uploaded(caseId, 'Giấy xác nhận.pdf');
    const outsider = await w.workerB.request('POST', evidencePath(recorded.json.id), { attachmentId: mine });
    expect(outsider.status).toBe(404);
    const unknownDelivery = await w.worker.request('POST', evidencePath(foreign), { attachmentId: mine });
    expect(unknownDelivery.status).toBe(404);
    expect(await evidenceRows()).toBe(before);
  });

  it('locks the evidence with approved money: a late receipt may be added, none removed; the database refuses too', async () => {
    const recorded = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries`,
      allowance(3_000_000),
    );
    const deliveryId = recorded.json.id as string;
    const signed = await uploaded(caseId, 'Ký nhận.pdf');
    await w.worker.request('POST', evidencePath(deliveryId), { attachmentId: signed });
    const asked = await w.worker.request(
      'POST',
      `/api/cases/${caseId}/support-deliveries/${deliveryId}/approval-request`,
    );
    expect(asked.status).toBe(201);
    const whilePending = await w.worker.request('DELETE', `${evidencePath(deliveryId)}/${signed}`);
    expect(whilePending.status).toBe(409);
    expect(whilePending.json.error.code).toBe('support.evidence_locked');
    const approved = await w.supervisor.request(
      'POST',
      `/api/support/approvals/${asked.json.id}/approve`,
      {},
    );
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    const photo = await upload(w.t.app, w.worker, caseId, {
      content: PNG,
      name: 'anh.png',
      type: 'image/png',
    });
    const added = await w.worker.request('POST', evidencePath(deliveryId), { attachmentId: photo.json.id });
    expect(added.status).toBe(201);
    const after = await w.worker.request('DELETE', `${evidencePath(deliveryId)}/${signed}`);
    expect(after.status).toBe(409);
    expect((await deliveryOf(deliveryId)).evidence.sort()).toEqual([signed, photo.json.id].sort());
    await expect(
      w.t.testDb.asOwner((o) =>
        o.query('delete from support_delivery_evidence where delivery_id = $1', [deliveryId]),
      ),
    ).rejects.toThrow(/cannot be removed/);
  });
});

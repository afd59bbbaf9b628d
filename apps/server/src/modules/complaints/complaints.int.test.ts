import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

// Survivor voice (#20), complaints: a social protection centre in Lào Cai (15) is complained about. Officers
// sit in the centre itself (who must never get it), in the provincial Department of Lào Cai, and in the
// Department of An Giang (91). A case worker of the centre files one on a survivor's behalf.
let t: TestApp;
let centre: string;
let department: string;
let otherDepartment: string;
let centreOfficer: TestClient;
let officer: TestClient;
let otherOfficer: TestClient;
let worker: TestClient;
const anonymous = () => new TestClient(t.app);
const complaint = (agencyId: string, extra: Record<string, unknown> = {}) => ({
  concernedAgencyId: agencyId,
  category: 'discrimination_stigma',
  description: 'Cán bộ nói trước mọi người rằng tôi là người bị mua bán, làm tôi xấu hổ.',
  ...extra,
});
const owner = async <T>(text: string, values: unknown[]) =>
  (await t.testDb.asOwner((o) => o.query(text, values))).rows as T[];
const handlingOf = async (agencyId: string) =>
  owner<{ handling_agency_id: string | null; description_sealed: string; channel: string }>(
    'select handling_agency_id, description_sealed, channel from complaints where concerned_agency_id = $1 order by received_at',
    [agencyId],
  );

beforeAll(async () => {
  t = await createTestApp();
  centre = await t.createAgency('Trung tâm Bảo trợ xã hội Lào Cai', '15', 'social_protection_centre');
  department = await t.createAgency('Sở Y tế Lào Cai', '15', 'provincial_health_social_protection');
  otherDepartment = await t.createAgency('Sở Y tế An Giang', '91', 'provincial_health_social_protection');
  centreOfficer = await signedInClient(
    t.app,
    await t.createUser('officer.centre', centre, ['complaints_officer']),
  );
  officer = await signedInClient(t.app, await t.createUser('thu.pham', department, ['complaints_officer']));
  otherOfficer = await signedInClient(
    t.app,
    await t.createUser('officer.ag', otherDepartment, ['complaints_officer']),
  );
  worker = await signedInClient(t.app, await t.createUser('worker.centre', centre, ['case_worker']));
}, 120_000);
afterAll(() => t?.close());

describe(`complaints (${testEngine})`, () => {
  let receipt = '';
  let complaintId = '';

  it('lists agencies by name for the public page, without signing in', async () => {
    const agencies = await anonymous().request('GET', '/api/complaints/agencies');
    expect(agencies.status).toBe(200);
    expect(agencies.json.items).toContainEqual({
      id: centre,
      name: 'Trung tâm Bảo trợ xã hội Lào Cai',
      provinceCode: '15',
    });
    expect(Object.keys(agencies.json.items[0]).sort()).toEqual(['id', 'name', 'provinceCode']);
  });

  it('files a complaint without an account and routes it to the Department, never to the centre', async () => {
    const filed = await anonymous().request(
      'POST',
      '/api/complaints',
      complaint(centre, { contact: 'Zalo 0912345678' }),
    );
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    expect(filed.json.receiptCode).toMatch(/^KN-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    receipt = filed.json.receiptCode;
    const [row] = await handlingOf(centre);
    expect(row?.handling_agency_id).toBe(department);
    expect(row?.channel).toBe('public');
    // What the survivor wrote is sealed, not stored as typed.
    expect(row?.description_sealed).not.toContain('xấu hổ');
  });

  it('shows it in the Department officer’s inbox with its deadline, and nowhere in the centre', async () => {
    const inbox = await officer.request('GET', '/api/complaints');
    expect(inbox.status).toBe(200);
    const [item] = inbox.json.items;
    expect(item).toMatchObject({ status: 'received', overdue: false, concernedAgency: { id: centre } });
    expect(item.daysLeft).toBeGreaterThanOrEqual(19); // 15 working days are at least 19 calendar days
    complaintId = item.id;
    expect((await centreOfficer.request('GET', '/api/complaints')).json.items).toEqual([]);
    expect((await centreOfficer.request('GET', `/api/complaints/${complaintId}`)).status).toBe(404);
    expect((await otherOfficer.request('GET', `/api/complaints/${complaintId}`)).status).toBe(404);
    expect((await worker.request('GET', '/api/complaints')).status).toBe(403);
    // The officer was told, by category and deadline only.
    const told = (await officer.request('GET', '/api/notifications')).json;
    expect(JSON.stringify(told)).toContain('complaint_received');
    expect(JSON.stringify(told)).not.toContain('xấu hổ');
  });

  it('opens the complaint for the officer, audited', async () => {
    const detail = await officer.request('GET', `/api/complaints/${complaintId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.description).toContain('xấu hổ');
    expect(detail.json.contact).toBe('Zalo 0912345678');
    const audit = await owner<{ action: string }>(
      'select action from audit_events where resource_id = $1 order by seq',
      [complaintId],
    );
    expect(audit.map((a) => a.action)).toEqual(['complaint.file', 'complaint.view']);
  });

  it('tracks it to closure, refusing steps out of order', async () => {
    const step = (body: unknown) => officer.request('POST', `/api/complaints/${complaintId}/steps`, body);
    expect((await step({ step: 'close' })).status).toBe(409);
    expect((await step({ step: 'respond' })).json.error.details?.[0]?.field).toBe('note');
    expect((await step({ step: 'review' })).json.status).toBe('in_review');
    const responded = await step({ step: 'respond', note: 'Trung tâm đã xin lỗi và nhắc nhở cán bộ.' });
    expect(responded.json).toMatchObject({
      status: 'responded',
      response: 'Trung tâm đã xin lỗi và nhắc nhở cán bộ.',
    });
    const closed = await step({ step: 'close', note: 'Người khiếu nại đồng ý.' });
    expect(closed.json.status).toBe('closed');
    expect(closed.json.actions.map((a: { step: string }) => a.step)).toEqual(['review', 'respond', 'close']);
    expect((await step({ step: 'note', note: 'late' })).status).toBe(409);
  });

  it('answers the holder of the receipt code with the status and response only', async () => {
    const typed = ` ${receipt.toLowerCase().replaceAll('-', ' ')} `;
    const status = await anonymous().request('POST', '/api/complaints/status', { receiptCode: typed });
    expect(status.status, JSON.stringify(status.json)).toBe(200);
    expect(Object.keys(status.json).sort()).toEqual(
      ['closedOn', 'dueOn', 'receivedOn', 'respondedOn', 'response', 'status'].sort(),
    );
    expect(status.json).toMatchObject({
      status: 'closed',
      response: 'Trung tâm đã xin lỗi và nhắc nhở cán bộ.',
    });
    const wrong = await anonymous().request('POST', '/api/complaints/status', {
      receiptCode: 'KN-22222-22222',
    });
    expect(wrong.status).toBe(404);
    expect(
      (await anonymous().request('POST', '/api/complaints/status', { receiptCode: 'nonsense' })).status,
    ).toBe(404);
  });

  it('routes a complaint about the Department itself to an officer elsewhere', async () => {
    const filed = await worker.request(
      'POST',
      '/api/complaints',
      complaint(department, { category: 'delay' }),
    );
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    const [row] = await handlingOf(department);
    expect(row?.handling_agency_id).not.toBe(department);
    expect(row?.channel).toBe('worker');
  });

  it('refuses bad input with a named field, never a 500', async () => {
    const unknown = await anonymous().request(
      'POST',
      '/api/complaints',
      complaint('0190f000-0000-7000-8000-000000000000'),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details[0]).toMatchObject({
      field: 'concernedAgencyId',
      code: 'complaint_agency_unknown',
    });
    const short = await anonymous().request(
      'POST',
      '/api/complaints',
      complaint(centre, { description: 'x' }),
    );
    expect(short.status).toBe(400);
    expect(short.json.error.details[0].field).toBe('description');
  });

  it('counts complaints for monitoring, nationally and without a row', async () => {
    const analyst = await signedInClient(
      t.app,
      await t.createUser('analyst', department, ['programme_analyst']),
    );
    const counts = await analyst.request('GET', '/api/complaints/counts');
    expect(counts.status).toBe(200);
    expect(counts.json.total).toBe(2);
    expect(counts.json.byCategory).toContainEqual({ code: 'discrimination_stigma', count: 1 });
    expect(counts.json.byStatus).toContainEqual({ code: 'closed', count: 1 });
    expect(counts.json.overdue).toBe(0);
    expect((await worker.request('GET', '/api/complaints/counts')).status).toBe(403);
  });

  it('limits filings from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push(
        (await anonymous().request('POST', '/api/complaints', complaint(otherDepartment))).status,
      );
    // One was filed from this address earlier in the file (the unknown agency was refused and rolled back).
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  });

  it('limits status lookups from one address, counting wrong codes too', async () => {
    let last = 0;
    for (let i = 0; i < 20; i += 1)
      last = (await anonymous().request('POST', '/api/complaints/status', { receiptCode: 'KN-33333-33333' }))
        .status;
    expect(last).toBe(429);
  });
});

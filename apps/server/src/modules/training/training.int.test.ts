import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

// The training register (#19): an agency administrator records the trainings their agency organised; the
// staff trained feed the indicator "frontline staff trained". Another agency's training is not theirs to see
// or change; a supervisor (indicators.read) counts their agency's staff, an analyst the country's, suppressed.
let t: TestApp;
let agencyA: string;
let policeB: string;
let adminA: TestClient;
let adminB: TestClient;
let supervisorB: TestClient;
let analyst: TestClient;

const training = (extra: Record<string, unknown> = {}) => ({
  heldOn: '2026-03-10',
  title: 'Tập huấn bộ công cụ sàng lọc',
  tools: ['vn.ScreeningToolkit', 'vn.ReferralProcedure'],
  participants: [
    { agencyId: policeB, role: 'vn.Police', sex: 'Masculine', count: 9 },
    { agencyId: policeB, role: 'vn.Police', sex: 'Feminine', count: 3 },
    { agencyId: agencyA, role: 'vn.Manager', count: 2 },
  ],
  ...extra,
});
const auditActions = async (resourceId: string) =>
  (
    await t.testDb.asOwner((o) =>
      o.query<{ action: string; details: Record<string, unknown> }>(
        'select action, details from audit_events where resource_id = $1 order by seq',
        [resourceId],
      ),
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp();
  agencyA = await t.createAgency('Trung tâm CTXH Lào Cai', '15', 'social_work_centre');
  policeB = await t.createAgency('Công an xã Bát Xát', '15', 'commune_police');
  const ministry = await t.createAgency('Bộ Lao động', '01', 'ministry');
  adminA = await signedInClient(t.app, await t.createUser('admin.a', agencyA, ['agency_admin']));
  adminB = await signedInClient(t.app, await t.createUser('admin.b', policeB, ['agency_admin']));
  supervisorB = await signedInClient(t.app, await t.createUser('supervisor.b', policeB, ['supervisor']));
  analyst = await signedInClient(t.app, await t.createUser('analyst', ministry, ['programme_analyst']));
}, 60_000);
afterAll(() => t.close());

describe(`training register (${testEngine})`, () => {
  let id: string;

  it('records a training with its participants, totals and an audit event with counts only', async () => {
    const { status, json } = await adminA.request('POST', '/api/training/events', training());
    expect(status, JSON.stringify(json)).toBe(201);
    id = json.id;
    expect(json).toMatchObject({
      title: 'Tập huấn bộ công cụ sàng lọc',
      agency: { id: agencyA },
      totalParticipants: 14,
      frontlineParticipants: 12,
    });
    expect(json.participants).toHaveLength(3);
    const events = await auditActions(id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'training.record',
        details: expect.objectContaining({ participants: 14, frontline: 12 }),
      }),
    ]);
    const list = await adminA.request('GET', '/api/training/events');
    expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('refuses unknown tools and roles, a future day and a named person counted twice, field by field', async () => {
    const { status, json } = await adminA.request(
      'POST',
      '/api/training/events',
      training({
        heldOn: '2999-01-01',
        tools: ['vn.Juggling'],
        participants: [{ agencyId: policeB, role: 'vn.Astronaut', count: 2 }],
      }),
      { 'Accept-Language': 'vi' },
    );
    expect(status).toBe(400);
    expect(json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'heldOn',
      'participants.0.role',
      'tools.0',
    ]);
    expect(json.error.details.every((detail: { message: string }) => detail.message.length > 0)).toBe(true);
  });

  it("keeps another agency's training out of reach: not listed, and 404 to change", async () => {
    expect((await adminB.request('GET', '/api/training/events')).json.items).toEqual([]);
    const change = await adminB.request('PATCH', `/api/training/events/${id}`, { title: 'Đổi tên' });
    expect(change.status).toBe(404);
    expect(
      (await supervisorB.request('GET', '/api/training/events')).status,
      'a supervisor counts trainings through the indicator, not the register',
    ).toBe(403);
  });

  it('corrects a training: a new participant list replaces the old one, audited', async () => {
    const { status, json } = await adminA.request('PATCH', `/api/training/events/${id}`, {
      participants: [{ agencyId: policeB, role: 'vn.Police', sex: 'Masculine', count: 11 }],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json).toMatchObject({ totalParticipants: 11, frontlineParticipants: 11 });
    expect((await auditActions(id)).map((event) => event.action)).toEqual([
      'training.record',
      'training.update',
    ]);
  });

  it('feeds the indicator: own scope counts the own staff, the national scope suppresses below 11', async () => {
    const query = 'period=year&from=2026-01-01&to=2026-12-31&by=sex';
    const own = await supervisorB.request('GET', `/api/indicators/frontline_staff_trained/values?${query}`);
    expect(own.status, JSON.stringify(own.json)).toBe(200);
    expect(own.json.total.value).toBe(11);
    await adminA.request('POST', '/api/training/events', training({ heldOn: '2026-04-02' }));
    const national = await analyst.request('GET', `/api/indicators/frontline_staff_trained/values?${query}`);
    expect(national.status).toBe(200);
    expect(national.json).toMatchObject({ scope: 'national', suppression: { applied: true } });
    // 11 + 12 police officers: 20 men and 3 women, whose cell (and the one it could be recomputed from) is hidden.
    expect(national.json.total.value).toBe(23);
    const women = national.json.columns.indexOf('Feminine');
    expect(national.json.rows[0].cells[women].status).not.toBe('shown');
  });
});

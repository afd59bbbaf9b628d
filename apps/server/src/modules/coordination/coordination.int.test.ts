import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { auditActions, registration } from '../case-work/test-fixtures';
import { entry, publish } from '../directory/test-directory';
import { createReferralWorld, notificationsOf, type ReferralWorld } from '../referrals/test-world';

// The centre (Hà Tĩnh) holds a person's case; the border post searches for the same person and asks to coordinate.
describe(`requests to coordinate with the agency holding a record (${testEngine})`, () => {
  let w: ReferralWorld;
  let admin: TestClient;
  const DOB = '1999-04-02';
  beforeAll(async () => {
    w = await createReferralWorld();
    await publish(w.client('worker'), 'vn.Shelter', entry());
    admin = new TestClient(w.t.app);
    const adminUser = await w.t.createUser('sysadmin', w.agencies.office, ['system_admin']);
    expect((await admin.signIn(adminUser)).status).toBe(200);
  }, 120_000);
  afterAll(() => w.t.close());

  /** A case of the centre, and what the border post's search answers about it. */
  async function heldByCentre(fullName: string) {
    const registered = await w.client('worker').request('POST', '/api/cases', registration(fullName, DOB));
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const search = await w
      .client('guard')
      .request('POST', '/api/persons/match', { fullName, dateOfBirth: DOB });
    expect(search.status).toBe(200);
    const found = search.json.candidates.find(
      (candidate: { caseCode: string }) => candidate.caseCode === registered.json.code,
    );
    expect(found).toBeDefined();
    return { caseId: registered.json.id as string, code: registered.json.code as string, found };
  }

  it('reaches the holding agency’s supervisors only, with nothing about the person, once a day', async () => {
    const { caseId, code, found } = await heldByCentre('Vàng Thị Dợ');
    expect(found).toMatchObject({
      inScope: false,
      fullName: null,
      holder: { name: 'Trung tâm Công tác xã hội Hà Tĩnh', contactPhone: '0238 3 123 456' },
    });
    const body = {
      reference: found.coordinationRef,
      contact: '0912 345 678',
      message: 'Gọi lại trước 17 giờ.',
    };
    const sent = await w.client('guard').request('POST', '/api/coordination-requests', body);
    expect(sent.status, JSON.stringify(sent.json)).toBe(202);
    expect(sent.json).toEqual({ status: 'sent' });

    const told = await notificationsOf(w, w.users.centreChief, 'coordination_requested');
    expect(told).toEqual([
      {
        caseId,
        caseCode: code,
        fromAgencyName: 'Đồn Biên phòng Cửa khẩu Lao Bảo',
        contact: '0912 345 678',
        reasonSealed: expect.any(String),
      },
    ]);
    // The searcher's words are sealed at rest, and opened for the supervisor they were sent to.
    expect(JSON.stringify(told)).not.toMatch(/Vàng|Dợ|1999|17 giờ/);
    const inbox = await w.client('centreChief').request('GET', '/api/notifications');
    const shown = inbox.json.find((n: { kind: string }) => n.kind === 'coordination_requested');
    expect(shown.data).toMatchObject({ caseCode: code, reason: 'Gọi lại trước 17 giờ.' });
    expect(shown.data.reasonSealed).toBeUndefined();
    for (const name of ['worker', 'provider', 'guard', 'guardChief', 'coordinator', 'outsider'] as const)
      expect(await notificationsOf(w, w.users[name], 'coordination_requested'), name).toEqual([]);
    // The supervisor follows the link to the case and can share or refer it from there.
    expect((await w.client('centreChief').request('GET', `/api/cases/${caseId}`)).status).toBe(200);

    // A repeat the same day is answered the same and tells nobody again; both are in the audit trail.
    const again = await w.client('guardChief').request('POST', '/api/coordination-requests', body);
    expect(again.status).toBe(202);
    expect(again.json).toEqual({ status: 'sent' });
    expect(await notificationsOf(w, w.users.centreChief, 'coordination_requested')).toHaveLength(1);
    const actions = await auditActions(w.t, caseId);
    expect(actions.filter((a) => a === 'coordination.request')).toHaveLength(2);
    expect(actions.filter((a) => a === 'coordination.received')).toHaveLength(2);
    const { rows } = await w.t.testDb.asOwner((o) =>
      o.query<{ action: string; actor_agency_id: string }>(
        `select action, actor_agency_id from audit_events where resource_id = $1 and action like 'coordination.%'`,
        [caseId],
      ),
    );
    expect(new Set(rows.map((r) => `${r.action}:${r.actor_agency_id}`))).toEqual(
      new Set([`coordination.request:${w.agencies.border}`, `coordination.received:${w.agencies.centre}`]),
    );
  });

  it('refuses a reference that was not issued to the caller’s agency, and one made up', async () => {
    const { found } = await heldByCentre('Giàng Thị Mỷ');
    for (const reference of [found.coordinationRef, 'e1.not-a-reference.at-all.xx.yy']) {
      const refused = await w
        .client('outsider')
        .request('POST', '/api/coordination-requests', { reference, contact: '0912 000 111' });
      expect(refused.status).toBe(400);
      expect(refused.json.error.details).toEqual([expect.objectContaining({ field: 'reference' })]);
    }
    expect(await notificationsOf(w, w.users.centreChief, 'coordination_requested')).toHaveLength(1);
  });

  it('names the holding agency only while it allows it; the request works either way', async () => {
    const hidden = await admin.request('PATCH', `/api/admin/agencies/${w.agencies.centre}`, {
      disclosesAsHolder: false,
    });
    expect(hidden.status, JSON.stringify(hidden.json)).toBe(200);
    expect(hidden.json.disclosesAsHolder).toBe(false);
    const { found } = await heldByCentre('Sùng Thị Pà');
    expect(found.holder).toBeNull();
    expect(found.ownerProvinceCode).toBe('42');
    const sent = await w
      .client('guard')
      .request('POST', '/api/coordination-requests', { reference: found.coordinationRef, contact: 'kênh 7' });
    expect(sent.status).toBe(202);
    expect(await notificationsOf(w, w.users.centreChief, 'coordination_requested')).toHaveLength(2);
    await admin.request('PATCH', `/api/admin/agencies/${w.agencies.centre}`, { disclosesAsHolder: true });
  });

  it('gives no holder or reference for the caller’s own agency’s records', async () => {
    const { found } = await heldByCentre('Lầu Thị Sua');
    const own = await w
      .client('centreChief')
      .request('POST', '/api/persons/match', { fullName: 'Lầu Thị Sua', dateOfBirth: DOB });
    const mine = own.json.candidates.find((c: { caseCode: string }) => c.caseCode === found.caseCode);
    expect(mine).toMatchObject({ inScope: true, holder: null, coordinationRef: null });
  });
});

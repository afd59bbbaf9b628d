import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration, sharingConsent, witnessedConsent } from '../case-work/test-fixtures';
import { createReferralWorld, notificationsOf, type ReferralWorld } from '../referrals/test-world';

// The border post does no case work: what it registers goes to the centre by a transfer referral.
describe(`handing a case over at registration (${testEngine})`, () => {
  let w: ReferralWorld;
  let screener: TestClient;
  let police: string;
  beforeAll(async () => {
    w = await createReferralWorld();
    police = await w.t.createAgency('Công an xã Lao Bảo', '44', 'commune_police');
    screener = new TestClient(w.t.app);
    const user = await w.t.createUser('border.screener', w.agencies.border, ['frontline_screener']);
    expect((await screener.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => w.t.close());

  const handedOver = (fullName: string, agencyId: string, consentTo: string[]) => {
    const body = registration(fullName);
    const consents: Record<string, unknown>[] = [witnessedConsent];
    if (consentTo.length > 0) consents.push(sharingConsent({ sharingAgencyIds: consentTo }));
    return { ...body, consents, handOverTo: { agencyId } };
  };
  const personCount = async () =>
    (await w.t.testDb.asOwner((o) => o.query<{ n: number }>('select count(*)::int as n from persons')))
      .rows[0]?.n;

  it('tells the registration form whether the agency carries cases, and to whom it can hand over', async () => {
    const border = await screener.request('GET', '/api/coordination/hand-over-options');
    expect(border.json).toMatchObject({ carriesCases: false, provinceCode: '44' });
    const names = border.json.agencies.map((a: { name: string }) => a.name);
    expect(names).toContain('Trung tâm Công tác xã hội Hà Tĩnh');
    expect(names).not.toContain('Đồn Biên phòng Cửa khẩu Lao Bảo');
    const centre = await w.client('worker').request('GET', '/api/coordination/hand-over-options');
    expect(centre.json).toEqual({ carriesCases: true, provinceCode: '42', agencies: [] });
  });

  it('sends a transfer to the chosen agency in the same registration; it shows in that agency’s inbox', async () => {
    const registered = await screener.request(
      'POST',
      '/api/cases',
      handedOver('Hờ Thị Ly', w.agencies.centre, [w.agencies.centre]),
    );
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const inbox = await w.client('worker').request('GET', '/api/referrals?direction=incoming');
    const transfer = inbox.json.items.find((r: { caseCode: string }) => r.caseCode === registered.json.code);
    expect(transfer).toMatchObject({ kind: 'transfer', status: 'sent' });
    expect(await notificationsOf(w, w.users.worker, 'referral_received')).toContainEqual(
      expect.objectContaining({ caseCode: registered.json.code }),
    );
    // Accepting it moves the case: the one ownership path every transfer takes.
    const accepted = await w.client('worker').request('POST', `/api/referrals/${transfer.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const owned = await w.client('worker').request('GET', `/api/cases/${registered.json.id}`);
    expect(owned.json).toMatchObject({ ownAgency: true });
  });

  it('refuses with a clear error and stores nothing when the consent does not cover the agency', async () => {
    const before = await personCount();
    const refused = await screener.request(
      'POST',
      '/api/cases',
      handedOver('Má Thị Chua', w.agencies.centre, [w.agencies.shelter]),
      { 'Accept-Language': 'vi' },
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.details).toEqual([
      expect.objectContaining({ field: 'handOverTo.agencyId', code: 'hand_over_not_consented' }),
    ]);
    expect(refused.json.error.details[0].message).toMatch(/chưa đồng ý/);
    const noConsent = await screener.request(
      'POST',
      '/api/cases',
      handedOver('Má Thị Chua', w.agencies.centre, []),
    );
    expect(noConsent.status).toBe(400);
    expect(await personCount()).toBe(before);
  });

  it('refuses an agency that does not carry cases, or the registering agency itself', async () => {
    for (const [agencyId, code] of [
      [w.agencies.border, 'invalid_value'],
      [police, 'does_not_carry_cases'],
    ] as const) {
      const refused = await screener.request(
        'POST',
        '/api/cases',
        handedOver('Vừ Thị Nhìa', agencyId, [agencyId]),
      );
      expect(refused.status).toBe(400);
      expect(refused.json.error.details).toEqual([
        expect.objectContaining({ field: 'handOverTo.agencyId', code }),
      ]);
    }
  });

  it('a case-carrying agency registers as before and keeps its case', async () => {
    const registered = await w.client('worker').request('POST', '/api/cases', registration('Lý Thị Sinh'));
    expect(registered.status).toBe(201);
    expect(registered.json).toMatchObject({ ownAgency: true });
    const outgoing = await w.client('worker').request('GET', '/api/referrals?direction=outgoing');
    expect(outgoing.json.items.map((r: { caseCode: string }) => r.caseCode)).not.toContain(
      registered.json.code,
    );
  });

  it('follows the administrator’s setting for the agency type', async () => {
    const admin = new TestClient(w.t.app);
    expect(
      (await admin.signIn(await w.t.createUser('types.admin', w.agencies.office, ['system_admin']))).status,
    ).toBe(200);
    const changed = await admin.request('PATCH', '/api/admin/agency-types/border_guard_post', {
      carriesCases: true,
    });
    expect(changed.json).toMatchObject({ code: 'border_guard_post', carriesCases: true });
    expect((await screener.request('GET', '/api/coordination/hand-over-options')).json.carriesCases).toBe(
      true,
    );
    const types = await admin.request('GET', '/api/admin/agency-types');
    expect(types.json).toContainEqual(
      expect.objectContaining({ code: 'commune_police', carriesCases: false }),
    );
    await admin.request('PATCH', '/api/admin/agency-types/border_guard_post', { carriesCases: false });
    expect((await screener.request('GET', '/api/coordination/hand-over-options')).json.carriesCases).toBe(
      false,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { auditActions } from '../case-work/test-fixtures';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from './test-world';

const NATIONAL_BORDER_RETURN = '0193f000-0000-7000-8000-000000000001';

describe(`supervisor view and re-routing (${testEngine})`, () => {
  let w: ReferralWorld;
  let police = '';
  let otherPolice = '';
  let legalAid = '';
  let policeWorker: TestClient;
  beforeAll(async () => {
    w = await createReferralWorld();
    police = await w.t.createAgency('Phòng PC02 Công an Hà Tĩnh', '42', 'provincial_police_anti_trafficking');
    otherPolice = await w.t.createAgency(
      'Phòng PC02 Công an Nghệ An',
      '40',
      'provincial_police_anti_trafficking',
    );
    legalAid = await w.t.createAgency('Trung tâm Trợ giúp pháp lý Hà Tĩnh', '42', 'legal_aid_centre');
    policeWorker = new TestClient(w.t.app);
    const user = await w.t.createUser('police.worker', police, ['case_worker']);
    expect((await policeWorker.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => w.t.close());

  const decline = async (client: TestClient, id: string) => {
    const declined = await client.request('POST', `/api/referrals/${id}/decline`, {
      reason: 'vn.NoCapacity',
    });
    expect(declined.status, JSON.stringify(declined.json)).toBe(200);
  };
  const supervision = async () => {
    const view = await w.client('guardChief').request('GET', '/api/referral-supervision');
    expect(view.status, JSON.stringify(view.json)).toBe(200);
    return view.json as Record<
      'overdueIncoming' | 'overdueOutgoing' | 'toReroute',
      { items: { id: string }[] }
    >;
  };
  const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);
  /** Moves a referral's clock back, as if sent `hours` ago (the view reads the wall clock). */
  const sentHoursAgo = (id: string, hours: number) =>
    w.t.testDb.asOwner(async (o) => {
      // Test-only time travel: the audit guard is lifted for this one owner statement and put back at once.
      await o.query('alter table referrals disable trigger referrals_audited');
      const back = `interval '${hours} hours'`;
      await o.query(
        `update referrals set created_at = created_at - ${back}, respond_by = respond_by - ${back},
           complete_by = complete_by - ${back} where id = $1`,
        [id],
      );
      await o.query('alter table referrals enable trigger referrals_audited');
    });

  it('a declined referral waits in the supervisor’s view and is re-routed with everything carried over', async () => {
    const caseId = await w.caseOfBorderPost('Sùng Thị Chở', [w.agencies.centre, w.agencies.shelter]);
    const first = await refer(w, caseId, referralTo(w.agencies.centre, ['identity']));
    await decline(w.client('worker'), first);
    expect(ids((await supervision()).toReroute)).toContain(first);
    // Only supervisors hold the view; only the sending agency re-routes (another agency: not found).
    expect((await w.client('guard').request('GET', '/api/referral-supervision')).status).toBe(403);
    const target = { agencyId: w.agencies.shelter };
    const byRecipient = await w.client('worker').request('POST', `/api/referrals/${first}/reroute`, target);
    expect(byRecipient.status).toBe(404);
    const byOutsider = await w.client('outsider').request('POST', `/api/referrals/${first}/reroute`, target);
    expect(byOutsider.status).toBe(404);
    const sameAgain = await w
      .client('guardChief')
      .request('POST', `/api/referrals/${first}/reroute`, { agencyId: w.agencies.centre });
    expect(sameAgain.json.error.details).toContainEqual(expect.objectContaining({ field: 'agencyId' }));

    const rerouted = await w.client('guardChief').request('POST', `/api/referrals/${first}/reroute`, target);
    expect(rerouted.status, JSON.stringify(rerouted.json)).toBe(201);
    expect(rerouted.json).toMatchObject({
      reroutedFrom: first,
      to: { id: w.agencies.shelter },
      services: ['vn.Shelter', 'vn.Psychological'],
      urgency: 'urgent',
      sections: ['identity'],
      message: 'Chị cần chỗ ở an toàn ngay tối nay.',
      status: 'sent',
    });
    // The new recipient is not told another agency declined the person first.
    const atShelter = await w.t.createUser('shelter.worker', w.agencies.shelter, ['case_worker']);
    const shelter = new TestClient(w.t.app);
    expect((await shelter.signIn(atShelter)).status).toBe(200);
    const received = await shelter.request('GET', `/api/referrals/${rerouted.json.id}`);
    expect(received.json).toMatchObject({ direction: 'incoming', reroutedFrom: null });
    const old = await w.client('guard').request('GET', `/api/referrals/${first}`);
    expect(old.json.reroutedTo).toBe(rerouted.json.id);
    expect(ids((await supervision()).toReroute)).not.toContain(first);
    const twice = await w.client('guardChief').request('POST', `/api/referrals/${first}/reroute`, target);
    expect([twice.status, twice.json.error.code]).toEqual([409, 'referral.already_rerouted']);
    const open = await w
      .client('guardChief')
      .request('POST', `/api/referrals/${rerouted.json.id}/reroute`, { agencyId: w.agencies.centre });
    expect([open.status, open.json.error.code]).toEqual([409, 'referral.not_reroutable']);
    expect(await auditActions(w.t, first)).toContain('referral.reroute');
  });

  it('the consent gate of sending: refused without consent, sent under an audited override', async () => {
    const caseId = await w.caseOfBorderPost('Thào Thị Dinh', [w.agencies.centre]);
    const first = await refer(w, caseId, referralTo(w.agencies.centre));
    await decline(w.client('worker'), first);
    const target = { agencyId: w.agencies.shelter };
    const refused = await w.client('guard').request('POST', `/api/referrals/${first}/reroute`, target);
    expect([refused.status, refused.json.error.code]).toEqual([409, 'referral.no_consent']);
    const override = { ...target, consentOverride: { reason: 'Chị đang gặp nguy hiểm, cần chỗ ở ngay.' } };
    expect(
      (await w.client('guard').request('POST', `/api/referrals/${first}/reroute`, override)).status,
    ).toBe(403);
    const sent = await w.client('guardChief').request('POST', `/api/referrals/${first}/reroute`, override);
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
    expect(sent.json.consentOverridden).toBe(true);
    expect(await auditActions(w.t, sent.json.id)).toContain('referral.send_override');
  });

  it('a declined pathway step is re-routed to an agency of the step’s kind, and the pathway shows the new one', async () => {
    const caseId = await w.caseOfBorderPost(
      'Hạng Thị Pằng',
      [w.agencies.centre, legalAid],
      ['provincial_police_anti_trafficking'],
    );
    const started = await w.client('guard').request('POST', `/api/cases/${caseId}/pathways`, {
      pathwayId: NATIONAL_BORDER_RETURN,
      agencyIds: [w.agencies.centre, police, legalAid],
    });
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    const step = started.json.steps[1].referral.id as string;
    await decline(policeWorker, step);
    const wrongKind = await w
      .client('guardChief')
      .request('POST', `/api/referrals/${step}/reroute`, { agencyId: legalAid });
    expect(wrongKind.json.error.details).toContainEqual(
      expect.objectContaining({ field: 'agencyId', code: 'wrong_type' }),
    );
    const rerouted = await w
      .client('guardChief')
      .request('POST', `/api/referrals/${step}/reroute`, { agencyId: otherPolice });
    expect(rerouted.status, JSON.stringify(rerouted.json)).toBe(201);
    const pathways = await w.client('guard').request('GET', `/api/cases/${caseId}/pathways`);
    expect(pathways.json[0].steps[1].referral).toMatchObject({ id: rerouted.json.id, status: 'sent' });
    expect(pathways.json[0].steps[1].referral.to.id).toBe(otherPolice);
  });

  it('overdue referrals on either side show in the supervisor’s view, most late first', async () => {
    const caseId = await w.caseOfBorderPost('Vàng Thị Sua');
    const late = await refer(w, caseId, referralTo(w.agencies.centre));
    const onTime = await refer(w, caseId, referralTo(w.agencies.centre, [], { urgency: 'normal' }));
    await sentHoursAgo(late, 30);
    const view = await supervision();
    expect(ids(view.overdueOutgoing)).toContain(late);
    expect(ids(view.overdueOutgoing)).not.toContain(onTime);
    // The centre's supervisor sees the same referral among its overdue incoming ones.
    const centre = await w.client('centreChief').request('GET', '/api/referral-supervision');
    expect(ids(centre.json.overdueIncoming)).toContain(late);
    expect(ids(centre.json.overdueOutgoing)).not.toContain(late);
  });
});

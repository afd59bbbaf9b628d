import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { auditActions } from '../case-work/test-fixtures';
import { escalateReferrals } from './escalate-referrals';
import { createReferralWorld, notificationsOf, type ReferralWorld, refer, referralTo } from './test-world';

const NATIONAL_BORDER_RETURN = '0193f000-0000-7000-8000-000000000001';
const HOUR = 3_600_000;

describe(`deadline windows, pathway override and off-system reminders (${testEngine})`, () => {
  let w: ReferralWorld;
  let admin: TestClient;
  let police = '';
  let legalAid = '';
  beforeAll(async () => {
    w = await createReferralWorld();
    police = await w.t.createAgency('Phòng PC02 Công an Hà Tĩnh', '42', 'provincial_police_anti_trafficking');
    legalAid = await w.t.createAgency('Trung tâm Trợ giúp pháp lý Hà Tĩnh', '42', 'legal_aid_centre');
    admin = new TestClient(w.t.app);
    const user = await w.t.createUser('windows.admin', w.agencies.office, ['system_admin']);
    expect((await admin.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => w.t.close());

  const windows = (urgent: { respondHours: number; completeHours: number }) => ({
    urgent,
    high: { respondHours: 48, completeHours: 168 },
    normal: { respondHours: 72, completeHours: 336 },
  });
  const hoursBetween = (from: string, to: string) =>
    (new Date(to).getTime() - new Date(from).getTime()) / HOUR;

  it('an administrator sets the windows by urgency; new referrals get them, bad ones are refused by field', async () => {
    const before = await w.client('guard').request('GET', '/api/referral-windows');
    expect(before.json.windows.urgent).toEqual({ respondHours: 24, completeHours: 72 });
    expect(before.json.updatedAt).toBeNull();

    const backwards = await admin.request(
      'PUT',
      '/api/admin/referral-windows',
      windows({ respondHours: 48, completeHours: 24 }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.details).toEqual([
      expect.objectContaining({ field: 'urgent.completeHours', code: 'complete_before_answer' }),
    ]);
    expect(backwards.json.error.details[0].message).toMatch(/\S/);
    const zero = await admin.request(
      'PUT',
      '/api/admin/referral-windows',
      windows({ respondHours: 0, completeHours: 24 }),
    );
    expect(zero.status).toBe(400);
    expect(zero.json.error.details).toContainEqual(expect.objectContaining({ field: 'urgent.respondHours' }));
    const byCaseWorker = await w
      .client('guard')
      .request('PUT', '/api/admin/referral-windows', windows({ respondHours: 12, completeHours: 48 }));
    expect(byCaseWorker.status).toBe(403);

    const set = await admin.request(
      'PUT',
      '/api/admin/referral-windows',
      windows({ respondHours: 12, completeHours: 48 }),
    );
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json.windows.urgent).toEqual({ respondHours: 12, completeHours: 48 });
    expect(set.json.defaults.urgent).toEqual({ respondHours: 24, completeHours: 72 });

    const caseId = await w.caseOfBorderPost('Mùa Thị Giống');
    const id = await refer(w, caseId, referralTo(w.agencies.centre));
    const sent = (await w.client('guard').request('GET', `/api/referrals/${id}`)).json;
    expect(hoursBetween(sent.sentAt, sent.respondBy)).toBe(12);
    expect(hoursBetween(sent.sentAt, sent.completeBy)).toBe(48);
    // The escalation clock follows the referral's own window: supervisors are told after 12 h, not 24.
    await escalateReferrals(w.t.testDb.database, new Date(new Date(sent.respondBy).getTime() + HOUR));
    expect((await w.client('guard').request('GET', `/api/referrals/${id}`)).json.escalationLevel).toBe(1);

    const { rows } = await w.t.testDb.asOwner((o) =>
      o.query<{ details: Record<string, string> }>(
        `select details from audit_events where action = 'referral.windows_update'`,
      ),
    );
    expect(rows.map((row) => row.details.after)).toEqual(['urgent:12/48,high:48/168,normal:72/336']);
    const back = await admin.request('PUT', '/api/admin/referral-windows', set.json.defaults);
    expect(back.status).toBe(200);
  });

  it('a pathway starts without consent for some steps only under a supervisor’s audited override', async () => {
    const caseId = await w.caseOfBorderPost('Chang Thị Dua', [w.agencies.centre]);
    const body = { pathwayId: NATIONAL_BORDER_RETURN, agencyIds: [w.agencies.centre, police, legalAid] };
    const override = {
      ...body,
      consentOverride: { reason: 'Em bị đe doạ, cần công an xác minh ngay hôm nay.' },
    };
    const refused = await w.client('guardChief').request('POST', `/api/cases/${caseId}/pathways`, body);
    expect([refused.status, refused.json.error.code]).toEqual([409, 'referral.no_consent']);
    const byCaseWorker = await w.client('guard').request('POST', `/api/cases/${caseId}/pathways`, override);
    expect(byCaseWorker.status).toBe(403);
    const tooShort = await w
      .client('guardChief')
      .request('POST', `/api/cases/${caseId}/pathways`, { ...body, consentOverride: { reason: 'gấp' } });
    expect(tooShort.status).toBe(400);

    const started = await w.client('guardChief').request('POST', `/api/cases/${caseId}/pathways`, override);
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    const steps = started.json.steps.map(
      (step: { referral: { id: string; consentOverridden: boolean } }) => step.referral,
    );
    expect(steps.map((referral: { consentOverridden: boolean }) => referral.consentOverridden)).toEqual([
      false,
      true,
      true,
    ]);
    expect(await auditActions(w.t, steps[0].id)).toContain('referral.send');
    for (const step of steps.slice(1))
      expect(await auditActions(w.t, step.id)).toContain('referral.send_override');
    expect(await auditActions(w.t, caseId)).toContain('referral.pathway_start');
    // The sealed reason is kept with each overridden step, and only there.
    const { rows } = await w.t.testDb.asOwner((o) =>
      o.query<{ sealed: boolean }>(
        'select override_reason_sealed is not null as sealed from referrals where pathway_step is not null and case_id = $1 order by pathway_step',
        [caseId],
      ),
    );
    expect(rows.map((row) => row.sealed)).toEqual([false, true, true]);
  });

  it('an off-system referral past its deadline without an outcome reminds the sender once, and never expires', async () => {
    const caseId = await w.caseOfBorderPost('Lò Thị Ơn', [], ['ngo']);
    const external = { name: 'Mái ấm Bình Minh', typeCode: 'ngo', contact: 'Chị Thu, 0912 000 111' };
    const id = await refer(w, caseId, { ...referralTo('', ['identity']), agencyId: undefined, external });
    const { completeBy } = (await w.client('guard').request('GET', `/api/referrals/${id}`)).json;
    const at = (hours: number) => new Date(new Date(completeBy).getTime() + hours * HOUR);
    const reminders = () => notificationsOf(w, w.users.guard, 'referral_outcome_due');

    await escalateReferrals(w.t.testDb.database, at(-1));
    expect(await reminders()).toEqual([]);
    const outcome = await escalateReferrals(w.t.testDb.database, at(1));
    expect(outcome.reminded).toBe(1);
    expect(await reminders()).toEqual([
      expect.objectContaining({ referralId: id, toAgencyName: external.name }),
    ]);
    await escalateReferrals(w.t.testDb.database, at(48));
    expect(await reminders()).toHaveLength(1);
    const after = (await w.client('guard').request('GET', `/api/referrals/${id}`)).json;
    expect(after.status).toBe('sent');
    expect(
      (await auditActions(w.t, id)).filter((action) => action === 'referral.remind_sender'),
    ).toHaveLength(1);

    // Once the sender records the outcome, nothing more is due.
    const second = await refer(w, caseId, { ...referralTo('', []), agencyId: undefined, external });
    const answer = (step: string, body = {}) =>
      w.client('guard').request('POST', `/api/referrals/${second}/${step}`, body);
    expect((await answer('accept')).status).toBe(200);
    expect((await answer('complete', { outcome: 'vn.Delivered' })).status).toBe(200);
    await escalateReferrals(w.t.testDb.database, at(24 * 30));
    expect((await reminders()).map((data) => data.referralId)).toEqual([id]);
  });
});

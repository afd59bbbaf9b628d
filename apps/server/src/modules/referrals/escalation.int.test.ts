import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import { auditActions } from '../case-work/test-fixtures';
import { escalateReferrals } from './escalate-referrals';
import { createReferralWorld, notificationsOf, type ReferralWorld, refer, referralTo } from './test-world';

const HOUR = 3_600_000;

describe(`deadlines, escalation and consent (${testEngine})`, () => {
  let w: ReferralWorld;
  beforeAll(async () => {
    w = await createReferralWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  const referral = async (id: string) =>
    (await w.client('guard').request('GET', `/api/referrals/${id}`)).json;

  it('an urgent referral unanswered: supervisors at 24 h, the coordinator a day later, expired at 72 h', async () => {
    const caseId = await w.caseOfBorderPost('Hờ Thị Mỷ');
    const id = await refer(w, caseId, referralTo(w.agencies.centre));
    const sentAt = new Date((await referral(id)).sentAt).getTime();
    const run = (hours: number) => escalateReferrals(w.t.testDb.database, new Date(sentAt + hours * HOUR));

    await run(23);
    expect((await referral(id)).escalationLevel).toBe(0);
    await run(25);
    expect(await referral(id)).toMatchObject({ escalationLevel: 1, status: 'sent' });
    expect(
      (await notificationsOf(w, w.users.centreChief, 'referral_overdue')).map((d) => d.referralId),
    ).toContain(id);
    expect(await notificationsOf(w, w.users.coordinator, 'referral_overdue')).toEqual([]);
    await run(30);
    expect((await referral(id)).escalationLevel).toBe(1);
    await run(49);
    expect((await referral(id)).escalationLevel).toBe(2);
    const told = await notificationsOf(w, w.users.coordinator, 'referral_overdue');
    expect(told).toContainEqual(expect.objectContaining({ referralId: id, level: 2 }));
    await run(73);
    expect(await referral(id)).toMatchObject({ status: 'expired', actions: [] });
    expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    const timeline = await w.client('guard').request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['referral.escalated', 'referral.expired']),
    );
    expect((await auditActions(w.t, id)).filter((action) => action !== 'referral.view')).toEqual([
      'referral.send',
      'referral.escalate',
      'referral.escalate',
      'referral.expire',
    ]);
  });

  it('an accepted referral late on delivery escalates from its completion deadline', async () => {
    const caseId = await w.caseOfBorderPost('Vàng Thị Dung');
    const id = await refer(w, caseId, referralTo(w.agencies.centre, [], { urgency: 'normal' }));
    expect((await w.client('worker').request('POST', `/api/referrals/${id}/accept`, {})).status).toBe(200);
    const { sentAt, completeBy } = await referral(id);
    expect(new Date(completeBy).getTime() - new Date(sentAt).getTime()).toBe(14 * 24 * HOUR);
    await escalateReferrals(w.t.testDb.database, new Date(new Date(sentAt).getTime() + 5 * 24 * HOUR));
    expect((await referral(id)).escalationLevel).toBe(0);
    await escalateReferrals(w.t.testDb.database, new Date(new Date(completeBy).getTime() + HOUR));
    expect(await referral(id)).toMatchObject({ escalationLevel: 1, status: 'accepted' });
  });

  it('withdrawing the sharing consent stops open referrals; the recipient is told and loses the case', async () => {
    const caseId = await w.caseOfBorderPost('Lý Thị Pao');
    const id = await refer(w, caseId, referralTo(w.agencies.centre, ['identity']));
    expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(200);
    const consents = await w.client('guard').request('GET', `/api/cases/${caseId}/consents`);
    const sharing = consents.json.find((c: { purpose: string }) => c.purpose === 'sharing');
    const withdrawn = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/consents/${sharing.id}/withdraw`, {});
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect(await referral(id)).toMatchObject({ status: 'revoked', endedBecause: 'consent_withdrawn' });
    expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    const told = await notificationsOf(w, w.users.worker, 'referral_ended_by_consent');
    expect(told.map((d) => d.referralId)).toContain(id);
    const again = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/referrals`, referralTo(w.agencies.centre));
    expect(again.json.error.code).toBe('referral.no_consent');
  });
});

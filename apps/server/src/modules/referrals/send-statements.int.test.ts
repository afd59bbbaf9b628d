// Sending a referral is one of the busiest writes (bench/README.md, "The referral paths"): each statement costs
// the server a round trip and its CPU before the database does anything. This counts what one send asks of the
// database, so that a change that adds round trips to the path is seen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStatements, type StatementLog } from '../../test-support/statement-log';
import { testEngine } from '../../test-support/test-database';
import { createReferralWorld, notificationsOf, type ReferralWorld, referralTo } from './test-world';

describe(`sending a referral, statement by statement (${testEngine})`, () => {
  let w: ReferralWorld;
  let log: StatementLog;
  beforeAll(async () => {
    w = await createReferralWorld();
    log = recordStatements(w.t.testDb.database);
  }, 120_000);
  afterAll(() => w.t.close());

  it('checks the recipient, consent and services in one query and tells the inbox in one insert', async () => {
    const caseId = await w.caseOfBorderPost('Giàng Thị Sua');
    log.clear();
    const sent = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/referrals`, referralTo(w.agencies.centre, ['identity']));
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
    const work = log.statements.filter((s) => !/^(begin|commit)\b/i.test(s));
    // The session, the case, the recipient (with consent, services, names), the referral, its timeline
    // line, the inbox's notifications and the audit event: seven, where it used to be twelve.
    expect(work.length, work.join('\n---\n')).toBeLessThanOrEqual(7);
    expect(log.statements.filter((s) => /^begin\b/i.test(s))).toHaveLength(1);

    // What the sender sees is the referral as written, with the names the separate reads used to give.
    expect(sent.json.from.name).toBe('Đồn Biên phòng Cửa khẩu Lao Bảo');
    expect(sent.json.to.name).toBe('Trung tâm Công tác xã hội Hà Tĩnh');
    expect(sent.json.sentBy).toEqual({ id: w.users.guard.id, displayName: 'guard' });
    expect(sent.json.message).toBe('Chị cần chỗ ở an toàn ngay tối nay.');
    expect(sent.json.servicesNotListed).toEqual(['vn.Shelter', 'vn.Psychological']);
    // Everyone who answers the centre's inbox is told, and nobody else.
    const received = (user: keyof ReferralWorld['users']) =>
      notificationsOf(w, w.users[user], 'referral_received').then((all) =>
        all.filter((data) => data.referralId === sent.json.id),
      );
    expect(await received('worker')).toHaveLength(1);
    expect(await received('centreChief')).toHaveLength(1);
    expect(await received('guard')).toHaveLength(0);
  });

  it('still refuses an unknown or disabled recipient and one no consent covers, naming why', async () => {
    const caseId = await w.caseOfBorderPost('Thào Thị Mỷ');
    const unknown = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/referrals`, referralTo('0190b7c1-0000-7000-8000-000000000000'));
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details).toContainEqual(expect.objectContaining({ field: 'agencyId' }));
    const uncovered = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/referrals`, referralTo(w.agencies.shelter));
    expect(uncovered.status).toBe(409);
    expect(uncovered.json.error.code).toBe('referral.no_consent');
  });
});

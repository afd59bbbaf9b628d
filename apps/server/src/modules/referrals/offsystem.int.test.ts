import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from './test-world';

describe(`referrals to organisations outside Lantern, and the letter (${testEngine})`, () => {
  let w: ReferralWorld;
  beforeAll(async () => {
    w = await createReferralWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  const external = {
    name: 'Mái ấm Hy Vọng (tổ chức phi chính phủ)',
    typeCode: 'ngo',
    contact: 'Chị Hạnh, 0912 345 678',
  };
  const offSystem = (extra: Record<string, unknown> = {}) => ({
    ...referralTo('', ['identity']),
    agencyId: undefined,
    external,
    ...extra,
  });
  /** The letter is a PDF, not JSON: fetched as the signed-in user's browser would. */
  const letterFor = async (name: 'guard' | 'worker' | 'outsider', id: string) => {
    const response = await w.t.app.request(`/api/referrals/${id}/letter`, {
      headers: { Cookie: `lantern_session=${w.client(name).cookie}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const letterAudit = async (id: string) =>
    (
      await w.t.testDb.asOwner((o) =>
        o.query<{ details: { identity: boolean } }>(
          `select details from audit_events where resource_id = $1 and action = 'referral.letter'`,
          [id],
        ),
      )
    ).rows.map((row) => row.details.identity);

  it('needs a consent covering that kind of organisation', async () => {
    const caseId = await w.caseOfBorderPost('Lò Thị Khánh');
    const refused = await w.client('guard').request('POST', `/api/cases/${caseId}/referrals`, offSystem());
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('referral.no_consent');
  });

  it('the sender records the organisation’s answers and prints the letter', async () => {
    const caseId = await w.caseOfBorderPost('Hoàng Thị Nhung', [], ['ngo']);
    const id = await refer(w, caseId, offSystem());
    const sent = await w.client('guard').request('GET', `/api/referrals/${id}`);
    expect(sent.json).toMatchObject({
      offSystem: true,
      to: { id: null, name: external.name },
      externalContact: external.contact,
      actions: ['accept', 'decline', 'revoke'],
    });
    const letter = await letterFor('guard', id);
    expect(letter.status).toBe(200);
    expect(letter.type).toBe('application/pdf');
    expect(letter.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await letterAudit(id)).toEqual([true]);
    expect((await w.client('guard').request('POST', `/api/referrals/${id}/accept`, {})).status).toBe(200);
    const done = await w.client('guard').request('POST', `/api/referrals/${id}/complete`, {
      outcome: 'vn.PartlyDelivered',
      note: 'Mái ấm nhận chị ở 2 tuần, chưa có việc làm.',
    });
    expect(done.json).toMatchObject({ status: 'completed', outcome: 'vn.PartlyDelivered' });
  });

  it('prints without the person’s name when the identity was not opened; only the sender may print', async () => {
    const caseId = await w.caseOfBorderPost('Vi Thị Lệ');
    const id = await refer(w, caseId, referralTo(w.agencies.centre));
    expect((await letterFor('guard', id)).status).toBe(200);
    expect(await letterAudit(id)).toEqual([false]);
    expect((await letterFor('worker', id)).status).toBe(403);
    expect((await letterFor('outsider', id)).status).toBe(404);
  });

  it('names either an agency or an organisation, never both', async () => {
    const caseId = await w.caseOfBorderPost('Đinh Thị Thơ', [w.agencies.centre], ['ngo']);
    const both = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/referrals`, offSystem({ agencyId: w.agencies.centre }));
    expect(both.status).toBe(400);
    expect(both.json.error.details).toContainEqual(expect.objectContaining({ field: 'external' }));
  });
});

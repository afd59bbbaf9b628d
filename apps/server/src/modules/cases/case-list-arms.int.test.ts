import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import { registration, sharingConsent, witnessedConsent } from '../case-work/test-fixtures';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from '../referrals/test-world';

/**
 * A centre's list holds its own cases and the cases other agencies referred to it; each kind is read on its
 * own, in date order, and the two merged. Paging through it must still give every case once, newest first.
 */
describe(`a case list drawn from own and referred cases pages in order (${testEngine})`, () => {
  let w: ReferralWorld;
  let unreferred = '';
  const expected: Array<{ id: string; receivedOn: string }> = [];

  async function register(as: 'worker' | 'guard', fullName: string, receivedOn: string) {
    const body = registration(fullName);
    body.case.receivedOn = receivedOn;
    if (as === 'guard')
      body.consents = [
        witnessedConsent,
        sharingConsent({ sharingAgencyIds: [w.agencies.centre] }) as typeof witnessedConsent,
      ];
    const { status, json } = await w.client(as).request('POST', '/api/cases', body);
    expect(status, JSON.stringify(json)).toBe(201);
    expected.push({ id: json.id, receivedOn });
    return json.id as string;
  }

  beforeAll(async () => {
    w = await createReferralWorld();
    const names = ['Lò Thị Mai', 'Hà Văn Đức', 'Vừ Thị Sua', 'Giàng A Páo', 'Lường Thị Ên'];
    for (const [i, name] of names.entries()) await register('worker', name, `2026-10-0${2 * i + 1}`);
    const referred = ['Sùng Thị Dế', 'Thào A Lử', 'Hờ Thị Dợ', 'Mùa A Chư'];
    for (const [i, name] of referred.entries()) {
      const caseId = await register('guard', name, `2026-10-0${2 * i + 2}`);
      await refer(w, caseId, referralTo(w.agencies.centre));
    }
    // A case of the border post that was not referred stays out of the centre's list.
    unreferred = await register('guard', 'Cứ Thị Xây', '2026-10-10');
    expected.pop();
    expected.sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  }, 120_000);
  afterAll(() => w.t.close());

  it('pages of three together are the whole list, newest first, each case once', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 12; offset += 3) {
      const { status, json } = await w.client('worker').request('GET', `/api/cases?limit=3&offset=${offset}`);
      expect(status).toBe(200);
      expect(json.total).toBe(9);
      seen.push(...json.items.map((item: { id: string }) => item.id));
    }
    expect(seen).toEqual(expected.map((c) => c.id));
  });

  // case_reach (the database's statement of who a referral reaches) only finds referred cases for the list; the
  // application's own rule confirms each one shown. A row the triggers should never leave must open nothing.
  it('a case_reach row no referral or share justifies lists nothing, and the auditor is told', async () => {
    await w.t.testDb.asOwner((o) =>
      o.query('insert into case_reach (case_id, agency_id) values ($1, $2)', [unreferred, w.agencies.centre]),
    );
    const { status, json } = await w.client('worker').request('GET', '/api/cases?limit=50');
    expect(status).toBe(200);
    const listed = json.items.map((item: { id: string }) => item.id);
    expect(listed).not.toContain(unreferred);
    expect(listed).toEqual(expected.map((c) => c.id));
    const events = await w.t.testDb.asOwner((o) =>
      o.query(`select resource_id, outcome from audit_events where action = 'case.reach_unconfirmed'`),
    );
    expect(events.rows).toEqual([{ resource_id: unreferred, outcome: 'failure' }]);
  });
});

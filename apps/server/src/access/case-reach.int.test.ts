import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from '../modules/referrals/test-world';
import { testEngine } from '../test-support/test-database';

/**
 * case_reach (migration 0047) is what row-level security asks about a case another agency owns. It must always
 * equal its definition — open referrals and live shares within a live sharing consent — whatever happened since:
 * sending, declining, revoking, withdrawing a consent, an agency changing type. Compared here with the definition
 * worked out afresh over every case, after each step, and with what the recipient can open.
 */
const definition = `
  select r.case_id::text, r.to_agency_id::text as agency_id from referrals r join agencies a on a.id = r.to_agency_id
  where r.status in ('sent', 'accepted', 'in_progress')
    and (r.consent_overridden or exists (select 1 from consents c
      where c.case_id = r.case_id and c.purpose = 'sharing' and c.withdrawn_at is null
        and (r.to_agency_id = any (c.sharing_agency_ids) or a.type_code = any (c.sharing_agency_types))))
  union
  select s.case_id::text, s.agency_id::text from case_shares s join agencies a on a.id = s.agency_id
  where s.revoked_at is null and exists (select 1 from consents c
      where c.case_id = s.case_id and c.purpose = 'sharing' and c.withdrawn_at is null
        and (s.agency_id = any (c.sharing_agency_ids) or a.type_code = any (c.sharing_agency_types)))`;

type Pair = { case_id: string; agency_id: string };
const sorted = (rows: Pair[]) => rows.map((row) => `${row.case_id}/${row.agency_id}`).sort();

describe(`case_reach follows referrals, shares, consents and agency types (${testEngine})`, () => {
  let w: ReferralWorld;

  beforeAll(async () => {
    w = await createReferralWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  async function expectTableMatchesDefinition(): Promise<string[]> {
    const [kept, defined] = await w.t.testDb.asOwner(async (o) => [
      (await o.query<Pair>('select case_id::text, agency_id::text from case_reach')).rows,
      (await o.query<Pair>(definition)).rows,
    ]);
    expect(sorted(kept)).toEqual(sorted(defined));
    return sorted(kept);
  }
  const opens = async (caseId: string) =>
    (await w.client('worker').request('GET', `/api/cases/${caseId}`)).status;
  const reaches = (pairs: string[], caseId: string, agencyId: string) =>
    pairs.includes(`${caseId}/${agencyId}`);

  it('a referral reaches the recipient until it is declined', async () => {
    const caseId = await w.caseOfBorderPost('Hầu Thị Dợ');
    const id = await refer(w, caseId, referralTo(w.agencies.centre, ['identity']));
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(true);
    expect(await opens(caseId)).toBe(200);
    const declined = await w
      .client('worker')
      .request('POST', `/api/referrals/${id}/decline`, { reason: 'vn.NoCapacity' });
    expect(declined.status, JSON.stringify(declined.json)).toBe(200);
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(false);
    expect(await opens(caseId)).toBe(404);
  });

  it('withdrawing the sharing consent ends the reach of an accepted referral and of a share', async () => {
    const caseId = await w.caseOfBorderPost('Giàng Thị Mỷ');
    const id = await refer(w, caseId, referralTo(w.agencies.centre));
    expect((await w.client('worker').request('POST', `/api/referrals/${id}/accept`, {})).status).toBe(200);
    const shared = await w.client('guard').request('POST', `/api/cases/${caseId}/shares`, {
      agencyId: w.agencies.centre,
      purpose: 'Health',
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(201);
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(true);
    const consents = await w.client('guard').request('GET', `/api/cases/${caseId}/consents`);
    const sharing = consents.json.find((c: { purpose: string }) => c.purpose === 'sharing');
    const withdrawn = await w
      .client('guard')
      .request('POST', `/api/cases/${caseId}/consents/${sharing.id}/withdraw`, {});
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(false);
    expect(await opens(caseId)).toBe(404);
  });

  it('referrals of one case sent at the same moment all succeed, and the table still matches', async () => {
    const caseId = await w.caseOfBorderPost('Vàng Thị Sua');
    // On PostgreSQL these run in transactions side by side, each rewriting the case's rows.
    const sent = await Promise.all(
      ['vn.Shelter', 'vn.Psychological', 'vn.Medical', 'vn.LegalAid'].map((service) =>
        w.client('guard').request('POST', `/api/cases/${caseId}/referrals`, {
          ...referralTo(w.agencies.centre),
          services: [service],
        }),
      ),
    );
    expect(sent.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(true);
  });

  it('a consent naming an agency type follows the agency when its type changes', async () => {
    const caseId = await w.caseOfBorderPost('Sùng Thị Chá', [], ['social_work_centre']);
    await refer(w, caseId, referralTo(w.agencies.centre));
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(true);
    const retype = (type: string) =>
      w.t.testDb.asOwner(async (o) => {
        await o.query('update agencies set type_code = $2 where id = $1', [w.agencies.centre, type]);
        await recordSystemAudit(o, { action: 'test.agency_retype', resourceType: 'agency' });
      });
    await retype('social_protection_centre');
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(false);
    expect(await opens(caseId)).toBe(404);
    await retype('social_work_centre');
    expect(reaches(await expectTableMatchesDefinition(), caseId, w.agencies.centre)).toBe(true);
    expect(await opens(caseId)).toBe(200);
  });
});

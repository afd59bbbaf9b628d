import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { queryRows } from '../db/query-rows';
import { asRequest } from '../modules/case-work/test-fixtures';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

/**
 * Who sees a case, written as a specification independent of the implementation: the owning agency, the
 * person who registered it, another agency, an agency it was shared with, a coordinator of the same and of
 * another province, an analyst. Expected statuses per request; identity shown only where the policy says.
 */
type Subject =
  | 'colleague'
  | 'registrant'
  | 'otherAgency'
  | 'sharedAgency'
  | 'referredAgency'
  | 'sameProvince'
  | 'otherProvince'
  | 'analyst';

const consentToShare = {
  purpose: 'sharing',
  sharingAgencyTypes: ['health_facility', 'legal_aid_centre'],
  method: 'signed_form',
  language: 'vie',
  obtainedOn: '2026-11-20',
  givenBy: 'person',
};
const services = { ...consentToShare, purpose: 'services', sharingAgencyTypes: [] };

function registration(fullName: string, dateOfBirth: string) {
  return {
    person: { identity: { fullName, dateOfBirth }, profile: { sex: 'Feminine' } },
    case: { receivedOn: '2026-11-20', intakeRoute: 'vn.Rescued', exploitationTypes: ['ForcedMarriage'] },
    consents: [services, consentToShare],
  };
}

describe(`case visibility by ownership and scope (${testEngine})`, () => {
  let t: TestApp;
  const users = new Map<string, TestUser>();
  const clients = new Map<string, TestClient>();
  let caseOfAgency = '';
  let caseOfRegistrant = '';
  let shareId = '';
  const client = (name: string) => clients.get(name) as TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    const owner = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const other = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    const hospital = await t.createAgency('Bệnh viện Đa khoa Hà Nội', '01', 'health_facility');
    const legalAid = await t.createAgency('Trung tâm Trợ giúp pháp lý Hà Tĩnh', '42', 'legal_aid_centre');
    const department42 = await t.createAgency('Sở Y tế Hà Tĩnh', '42', 'provincial_health_social_protection');
    const department40 = await t.createAgency('Sở Y tế Nghệ An', '40', 'provincial_health_social_protection');
    const people: Array<[string, string, string[]]> = [
      ['owner', owner, ['case_worker']],
      ['colleague', owner, ['case_worker']],
      ['registrant', owner, ['frontline_screener']],
      ['otherAgency', other, ['supervisor']],
      ['sharedAgency', hospital, ['case_worker']],
      ['referredAgency', legalAid, ['service_provider']],
      ['sameProvince', department42, ['provincial_coordinator']],
      ['otherProvince', department40, ['provincial_coordinator']],
      ['analyst', other, ['programme_analyst']],
    ];
    for (const [name, agency, roles] of people) {
      const user = await t.createUser(name.toLowerCase(), agency, roles);
      users.set(name, user);
      const signedIn = new TestClient(t.app);
      expect((await signedIn.signIn(user)).status).toBe(200);
      clients.set(name, signedIn);
    }
    caseOfAgency = (
      await client('owner').request('POST', '/api/cases', registration('Trần Thị Hoa', '2001-06-01'))
    ).json.id;
    caseOfRegistrant = (
      await client('registrant').request('POST', '/api/cases', registration('Lò Thị Mai', '2003-02-02'))
    ).json.id;
    const hospitalId = users.get('sharedAgency')?.agencyId;
    const shared = await client('owner').request('POST', `/api/cases/${caseOfAgency}/shares`, {
      agencyId: hospitalId,
      purpose: 'Health',
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(201);
    shareId = shared.json.id;
    const referred = await client('owner').request('POST', `/api/cases/${caseOfAgency}/referrals`, {
      agencyId: legalAid,
      services: ['vn.LegalAid'],
      urgency: 'normal',
      reason: 'AdditionalServicesRequired',
      sections: ['identity'],
    });
    expect(referred.status, JSON.stringify(referred.json)).toBe(201);
  }, 120_000);
  afterAll(() => t.close());

  const expected: Record<Subject, { read: number; identity: boolean; change: number; listed: boolean }> = {
    colleague: { read: 200, identity: true, change: 200, listed: true },
    registrant: { read: 404, identity: false, change: 403, listed: false },
    otherAgency: { read: 404, identity: false, change: 404, listed: false },
    sharedAgency: { read: 200, identity: true, change: 404, listed: true },
    referredAgency: { read: 200, identity: true, change: 403, listed: true },
    sameProvince: { read: 200, identity: false, change: 403, listed: true },
    otherProvince: { read: 404, identity: false, change: 403, listed: false },
    analyst: { read: 403, identity: false, change: 403, listed: false },
  };

  it.each(Object.entries(expected))('%s: the agency’s case', async (subject, rule) => {
    const c = client(subject);
    const read = await c.request('GET', `/api/cases/${caseOfAgency}`);
    expect(read.status, JSON.stringify(read.json)).toBe(rule.read);
    if (rule.read === 200) expect(read.json.identity !== null, 'identity shown').toBe(rule.identity);
    const list = await c.request('GET', '/api/cases');
    const ids = list.status === 200 ? list.json.items.map((item: { id: string }) => item.id) : [];
    expect(ids.includes(caseOfAgency), 'listed').toBe(rule.listed);
    const change = await c.request('POST', `/api/cases/${caseOfAgency}/transitions`, {
      action: 'close',
      closureReason: 'duplicate',
    });
    expect(change.status, JSON.stringify(change.json)).toBe(rule.change);
    if (change.status === 200)
      await c.request('POST', `/api/cases/${caseOfAgency}/transitions`, {
        action: 'reopen',
        reason: 'closed by the matrix test',
      });
  });

  it('own record: the registrant sees the case they registered, without its identity', async () => {
    const read = await client('registrant').request('GET', `/api/cases/${caseOfRegistrant}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ access: 'registrant', identity: null });
  });

  it('revoking a share ends the other agency’s access at once', async () => {
    expect(
      (await client('owner').request('POST', `/api/cases/${caseOfAgency}/shares/${shareId}/revoke`)).status,
    ).toBe(204);
    expect((await client('sharedAgency').request('GET', `/api/cases/${caseOfAgency}`)).status).toBe(404);
  });

  it('sharing beyond the consent is refused; withdrawing the consent stops later sharing', async () => {
    const other = users.get('otherAgency')?.agencyId;
    const beyond = await client('owner').request('POST', `/api/cases/${caseOfAgency}/shares`, {
      agencyId: other,
      purpose: 'Legal',
    });
    expect(beyond.status).toBe(409);
    expect(beyond.json.error.code).toBe('case.share.no_consent');
    const consents = await t.testDb.asOwner((o) =>
      o.query<{ id: string }>(`select id from consents where case_id = $1 and purpose = 'sharing'`, [
        caseOfAgency,
      ]),
    );
    const withdrawn = await client('owner').request(
      'POST',
      `/api/cases/${caseOfAgency}/consents/${consents.rows[0]?.id}/withdraw`,
      {},
    );
    expect(withdrawn.status).toBe(200);
    const again = await client('owner').request('POST', `/api/cases/${caseOfAgency}/shares`, {
      agencyId: users.get('sharedAgency')?.agencyId,
      purpose: 'Health',
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('case.share.no_consent');
  });

  /**
   * The person withdraws every sharing consent, but (as if the withdrawal had forgotten the shares) the share
   * row stays live: it must grant nothing, in the database and in the application alike.
   */
  describe('a share whose consent was withdrawn grants nothing', () => {
    let caseId = '';
    const hospital = () => users.get('sharedAgency') as TestUser;
    const hospitalRows = () =>
      asRequest(t, hospital(), ['case.read', 'case.read_identity'], (tx) =>
        queryRows<{ id: string }>(tx, sql`select id from cases where id = ${caseId}`),
      );

    beforeAll(async () => {
      caseId = (
        await client('owner').request('POST', '/api/cases', registration('Đinh Thị Xuyến', '1999-09-09'))
      ).json.id;
      const shared = await client('owner').request('POST', `/api/cases/${caseId}/shares`, {
        agencyId: hospital().agencyId,
        purpose: 'Health',
      });
      expect(shared.status).toBe(201);
      const read = await client('sharedAgency').request('GET', `/api/cases/${caseId}`);
      expect(read.status).toBe(200);
      expect(read.json.identity?.fullName).toBe('Đinh Thị Xuyến');
      await t.testDb.asOwner(async (o) => {
        await o.query(`update consents set withdrawn_at = now() where case_id = $1 and purpose = 'sharing'`, [
          caseId,
        ]);
        await recordSystemAudit(o, {
          action: 'test.consent_withdraw',
          resourceType: 'case',
          resourceId: caseId,
        });
      });
      const live = await t.testDb.asOwner((o) =>
        o.query('select id from case_shares where case_id = $1 and revoked_at is null', [caseId]),
      );
      expect(live.rows).toHaveLength(1);
    }, 60_000);

    it('the database: the other agency’s request role sees no row', async () => {
      expect(await hospitalRows()).toEqual([]);
    });

    it('the API: the other agency gets 404 and no longer lists it', async () => {
      expect((await client('sharedAgency').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
      const list = await client('sharedAgency').request('GET', '/api/cases');
      expect(list.json.items.map((item: { id: string }) => item.id)).not.toContain(caseId);
    });

    // Last in the file: it knocks the database's rule down for the rest of this database's life.
    it('the application alone: with the database rule gone, no list entry and no identity', async () => {
      // The rule lives in the cases policy (with case_reach, migration 0047) and in lantern_case_visible.
      await t.testDb.asOwner((o) =>
        o.exec(`create or replace function lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid)
                returns boolean language sql stable as $$ select true $$;
                drop policy cases_read on cases;
                create policy cases_read on cases for select using (true);`),
      );
      expect(await hospitalRows()).toHaveLength(1);
      const read = await client('sharedAgency').request('GET', `/api/cases/${caseId}`);
      if (read.status === 200) {
        expect(read.json.access).not.toBe('shared');
        expect(read.json.identity).toBeNull();
      } else expect(read.status).toBe(404);
      const list = await client('sharedAgency').request('GET', '/api/cases');
      expect(list.json.items.map((item: { id: string }) => item.id)).not.toContain(caseId);
    });
  });
});

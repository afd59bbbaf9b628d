import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { loadMigrations } from '../../db/migrations';
import { queryRows } from '../../db/query-rows';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { asRequest, registration, sharingConsent, signedInClients } from '../case-work/test-fixtures';

/**
 * docs/SECURITY.md promises sharing "only within the person's sharing consent". Withdrawing it must end the
 * shares that relied on it at once: the other agency loses the case through the API and through row-level
 * security, the case's timeline says so, and the other agency is told.
 */
describe(`withdrawing consent ends sharing (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let hospitalWorker: TestUser;
  let shelterWorker: TestUser;
  let hospital = '';
  let shelter = '';
  const as = signedInClients(() => t, TestClient);
  let caseId = '';

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Lào Cai', '10');
    hospital = await t.createAgency('Bệnh viện Đa khoa Lào Cai', '10', 'health_facility');
    shelter = await t.createAgency('Nhà tạm lánh Hy Vọng', '10', 'ngo');
    worker = await t.createUser('lc.worker', centre, ['case_worker']);
    hospitalWorker = await t.createUser('bv.worker', hospital, ['case_worker']);
    shelterWorker = await t.createUser('ntl.worker', shelter, ['case_worker']);
    const body = registration('Hoàng Thị Xuyến');
    body.consents.push(
      sharingConsent({ sharingAgencyTypes: ['health_facility'] }) as never,
      sharingConsent({ sharingAgencyIds: [shelter] }) as never,
    );
    const registered = await (await as(worker)).request('POST', '/api/cases', body);
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    caseId = registered.json.id;
    for (const agencyId of [hospital, shelter]) {
      const shared = await (await as(worker)).request('POST', `/api/cases/${caseId}/shares`, {
        agencyId,
        purpose: 'support',
      });
      expect(shared.status, JSON.stringify(shared.json)).toBe(201);
    }
  }, 60_000);
  afterAll(() => t.close());

  const rlsRows = (user: TestUser) =>
    asRequest(t, user, ['case.read', 'case.read_identity'], (tx) =>
      queryRows<{ id: string }>(tx, sql`select id from cases where id = ${caseId}`),
    );
  const sharingConsents = async () =>
    (await (await as(worker)).request('GET', `/api/cases/${caseId}/consents`)).json.filter(
      (consent: { purpose: string }) => consent.purpose === 'sharing',
    ) as Array<{ id: string; sharingAgencyIds: string[]; active: boolean }>;

  it('before: both agencies read the case with identity', async () => {
    for (const user of [hospitalWorker, shelterWorker]) {
      const read = await (await as(user)).request('GET', `/api/cases/${caseId}`);
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ access: 'shared', identity: { fullName: 'Hoàng Thị Xuyến' } });
    }
  });

  it('withdrawing one consent narrows: only the share it alone covered ends', async () => {
    const [forShelter] = (await sharingConsents()).filter((c) => c.sharingAgencyIds.includes(shelter));
    const withdrawn = await (await as(worker)).request(
      'POST',
      `/api/cases/${caseId}/consents/${forShelter?.id}/withdraw`,
      { reason: 'Chị Xuyến không muốn nhà tạm lánh biết nữa' },
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect((await (await as(shelterWorker)).request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    expect(await rlsRows(shelterWorker)).toEqual([]);
    expect((await (await as(hospitalWorker)).request('GET', `/api/cases/${caseId}`)).status).toBe(200);
  });

  it('withdrawing every sharing consent ends every share: 404, no row under RLS, a timeline line, a notification', async () => {
    for (const consent of await sharingConsents()) {
      await (await as(worker)).request('POST', `/api/cases/${caseId}/consents/${consent.id}/withdraw`, {});
    }
    expect((await sharingConsents()).map((c) => c.active)).toEqual([false, false]);
    const read = await (await as(hospitalWorker)).request('GET', `/api/cases/${caseId}`);
    expect(read.status).toBe(404);
    const list = await (await as(hospitalWorker)).request('GET', '/api/cases');
    expect(list.json.items.map((item: { id: string }) => item.id)).not.toContain(caseId);
    expect(await rlsRows(hospitalWorker)).toEqual([]);

    const shares = await (await as(worker)).request('GET', `/api/cases/${caseId}/shares`);
    expect(shares.json).toHaveLength(2);
    for (const share of shares.json)
      expect(share).toMatchObject({ active: false, endedBecause: 'consent_withdrawn' });

    const timeline = await (await as(worker)).request('GET', `/api/cases/${caseId}/timeline`);
    const ended = timeline.json.filter((entry: { kind: string }) => entry.kind === 'share.ended_by_consent');
    expect(ended.map((entry: { details: { agencyId: string } }) => entry.details.agencyId).sort()).toEqual(
      [hospital, shelter].sort(),
    );

    for (const user of [hospitalWorker, shelterWorker]) {
      const notifications = await (await as(user)).request('GET', '/api/notifications');
      expect(notifications.json).toEqual([
        expect.objectContaining({
          kind: 'share_ended',
          data: expect.objectContaining({ caseId, because: 'consent_withdrawn' }),
        }),
      ]);
    }
  });

  it('a new share is refused while no consent covers the agency', async () => {
    const again = await (await as(worker)).request('POST', `/api/cases/${caseId}/shares`, {
      agencyId: hospital,
      purpose: 'support',
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('case.share.no_consent');
  });

  it('migration 0013 ends shares whose consent had been withdrawn before it', async () => {
    const body = registration('Sùng Thị Mỷ', '2000-05-05');
    body.consents.push(sharingConsent({ sharingAgencyIds: [shelter] }) as never);
    const legacyCase = (await (await as(worker)).request('POST', '/api/cases', body)).json.id;
    await (await as(worker)).request('POST', `/api/cases/${legacyCase}/shares`, {
      agencyId: shelter,
      purpose: 'support',
    });
    // As before this change: the consent withdrawn, the share row left live.
    await t.testDb.asOwner(async (o) => {
      await o.query(`update consents set withdrawn_at = now() where case_id = $1 and purpose = 'sharing'`, [
        legacyCase,
      ]);
      await recordSystemAudit(o, { action: 'test.legacy_withdrawal', resourceType: 'case' });
    });
    const statements = (
      loadMigrations().find((m) => m.tag === '0013_consent_bound_sharing')?.statements ?? []
    ).filter((statement) => /TRIGGER case_shares_audited|UPDATE case_shares/.test(statement));
    expect(statements).toHaveLength(3);
    await t.testDb.asOwner(async (o) => {
      for (const statement of statements) await o.exec(statement);
    });
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ ended: boolean; ended_because: string }>(
        'select revoked_at is not null as ended, ended_because from case_shares where case_id = $1',
        [legacyCase],
      ),
    );
    expect(rows).toEqual([{ ended: true, ended_because: 'consent_withdrawn' }]);
  });
});

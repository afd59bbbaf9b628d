import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import { asRequest, auditActions } from '../case-work/test-fixtures';
import { createReferralWorld, type ReferralWorld, refer, referralTo } from './test-world';

describe(`transferring a case to another agency (${testEngine})`, () => {
  let w: ReferralWorld;
  beforeAll(async () => {
    w = await createReferralWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  const transfer = (agencyId: string) => referralTo(agencyId, [], { kind: 'transfer', urgency: 'normal' });

  it('the recipient sees the whole case while deciding, and owns it once it accepts', async () => {
    const caseId = await w.caseOfBorderPost('Lò Văn Páo');
    const id = await refer(w, caseId, transfer(w.agencies.centre));
    const weighing = await w.client('worker').request('GET', `/api/cases/${caseId}`);
    expect(weighing.json).toMatchObject({ access: 'referral', ownAgency: false });
    expect(weighing.json.identity?.fullName).toBe('Lò Văn Páo');
    // A service provider cannot take a case over: owning one means updating it.
    expect((await w.client('provider').request('POST', `/api/referrals/${id}/accept`, {})).status).toBe(403);
    const accepted = await w.client('worker').request('POST', `/api/referrals/${id}/accept`, {});
    expect(accepted.json).toMatchObject({ kind: 'transfer', status: 'completed', actions: [] });
    const owned = await w.client('worker').request('GET', `/api/cases/${caseId}`);
    expect(owned.json).toMatchObject({ access: 'agency', ownAgency: true, provinceCode: '42' });
    const edit = await w.client('worker').request('PATCH', `/api/cases/${caseId}`, { exploitationTypes: [] });
    expect(edit.status, JSON.stringify(edit.json)).toBe(200);
    // The agency that handed it over keeps its record of the transfer, not the case: its supervisor no longer
    // finds it, and the officer who registered it sees the pseudonymous summary every registrant keeps.
    expect((await w.client('guardChief').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
    const registrant = await w.client('guard').request('GET', `/api/cases/${caseId}`);
    expect(registrant.json).toMatchObject({ access: 'registrant', identity: null });
    const sent = await w.client('guard').request('GET', `/api/referrals/${id}`);
    expect(sent.json).toMatchObject({
      status: 'completed',
      direction: 'outgoing',
      caseCode: weighing.json.code,
    });
    expect(await auditActions(w.t, caseId)).toContain('case.transfer');
  });

  it('a declined transfer leaves the case where it was', async () => {
    const caseId = await w.caseOfBorderPost('Sùng A Chứ');
    const id = await refer(w, caseId, transfer(w.agencies.centre));
    const declined = await w
      .client('worker')
      .request('POST', `/api/referrals/${id}/decline`, { reason: 'vn.OutsideArea' });
    expect(declined.json.status).toBe('declined');
    expect((await w.client('guard').request('GET', `/api/cases/${caseId}`)).json.ownAgency).toBe(true);
    expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
  });

  it('the database refuses a take-over without an open transfer to the caller’s agency', async () => {
    const caseId = await w.caseOfBorderPost('Thào A Dế');
    const id = await refer(w, caseId, referralTo(w.agencies.centre));
    const takeOver = asRequest(w.t, w.users.worker, ['case.read', 'case.update', 'referral.respond'], (tx) =>
      tx.execute(sql`select lantern_take_over_case(${id}::uuid)`),
    );
    await expect(takeOver).rejects.toThrow();
    const { rows } = await w.t.testDb.asOwner((o) =>
      o.query<{ owner: string }>('select owner_agency_id as owner from cases where id = $1', [caseId]),
    );
    expect(rows[0]?.owner).toBe(w.agencies.border);
  });
});

import { foldVietnamese } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { consentAllowsSharing } from './consent-sharing';
import {
  asRequest,
  auditActions,
  dumpDatabase,
  registerCase,
  sharingConsent,
  signedInClients,
  witnessedConsent,
} from './test-fixtures';

describe(`consents (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  let shelter = { id: '', typeCode: 'ngo' };
  let otherCentre = { id: '', typeCode: 'social_work_centre' };
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  let sharingId = '';
  const allows = (agency: { id: string; typeCode: string }) =>
    asRequest(t, worker, ['case.read', 'case.read_identity', 'case.update'], (tx) =>
      consentAllowsSharing(tx, caseId, agency),
    );

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    shelter = { id: await t.createAgency('Nhà tạm lánh Hy Vọng', '42', 'ngo'), typeCode: 'ngo' };
    otherCentre = {
      id: await t.createAgency('Trung tâm CTXH Nghệ An', '40'),
      typeCode: 'social_work_centre',
    };
    const office = await t.createAgency('Sở Y tế Hà Tĩnh', '42', 'provincial_health_social_protection');
    worker = await t.createUser('worker', centre, ['case_worker']);
    coordinator = await t.createUser('coordinator', office, ['provincial_coordinator']);
    outsider = await t.createUser('outsider', otherCentre.id, ['supervisor']);
    caseId = await registerCase(await as(worker), 'Nguyễn Thị Lan');
  }, 60_000);
  afterAll(() => t.close());

  it('lists the consent given at registration; the witness only for identity access, and that is audited', async () => {
    const own = await (await as(worker)).request('GET', `/api/cases/${caseId}/consents`);
    expect(own.status).toBe(200);
    expect(own.json).toEqual([
      expect.objectContaining({
        purpose: 'services',
        method: 'verbal_witnessed',
        witness: 'Trần Văn Bình',
        active: true,
        withdrawnAt: null,
        obtainedBy: { id: worker.id, displayName: 'worker' },
      }),
    ]);
    expect((await auditActions(t, caseId)).at(-1)).toBe('case.consents_view');

    const province = await (await as(coordinator)).request('GET', `/api/cases/${caseId}/consents`);
    expect(province.status).toBe(200);
    expect(province.json[0]).toMatchObject({ purpose: 'services', witness: null });
  });

  it('records a sharing consent; sharing is allowed for the agency type it names and no other', async () => {
    expect(await allows(shelter)).toBe(false);
    const added = await (await as(worker)).request(
      'POST',
      `/api/cases/${caseId}/consents`,
      sharingConsent({ sharingAgencyTypes: ['ngo'] }),
    );
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json).toMatchObject({ purpose: 'sharing', sharingAgencyTypes: ['ngo'], active: true });
    sharingId = added.json.id;
    expect(await allows(shelter)).toBe(true);
    expect(await allows(otherCentre)).toBe(false);
    expect((await auditActions(t, caseId)).at(-1)).toBe('case.consent_record');
  });

  it('names an agency by id', async () => {
    const added = await (await as(worker)).request(
      'POST',
      `/api/cases/${caseId}/consents`,
      sharingConsent({ sharingAgencyIds: [otherCentre.id] }),
    );
    expect(added.status).toBe(201);
    expect(await allows(otherCentre)).toBe(true);
    const withdrawn = await (await as(worker)).request(
      'POST',
      `/api/cases/${caseId}/consents/${added.json.id}/withdraw`,
    );
    expect(withdrawn.status).toBe(200);
    expect(await allows(otherCentre)).toBe(false);
  });

  it('a withdrawal takes effect at once, and withdrawing twice is refused', async () => {
    const client = await as(worker);
    expect(await allows(shelter)).toBe(true);
    const withdrawn = await client.request('POST', `/api/cases/${caseId}/consents/${sharingId}/withdraw`, {
      reason: 'Chị Lan không muốn nhà tạm lánh biết nữa',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect(withdrawn.json).toMatchObject({ id: sharingId, active: false });
    expect(withdrawn.json.withdrawnAt).toEqual(expect.any(String));
    expect(await allows(shelter)).toBe(false);

    const again = await client.request('POST', `/api/cases/${caseId}/consents/${sharingId}/withdraw`, {});
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({
      code: 'consent.already_withdrawn',
      message: 'This consent has already been withdrawn.',
    });
    const listed = await client.request('GET', `/api/cases/${caseId}/consents`);
    expect(listed.json.find((c: { id: string }) => c.id === sharingId)).toMatchObject({ active: false });
    expect(await auditActions(t, caseId)).toContain('case.consent_withdraw');
  });

  it('the timeline shows the consent events; the withdrawal reason only to identity access', async () => {
    const own = await (await as(worker)).request('GET', `/api/cases/${caseId}/timeline`);
    const withdrawal = own.json.find(
      (e: { kind: string; details: { consent: string } }) =>
        e.kind === 'consent.withdrawn' && e.details.consent === sharingId,
    );
    expect(withdrawal.details).toEqual({
      consent: sharingId,
      purpose: 'sharing',
      givenBy: 'person',
      reason: 'Chị Lan không muốn nhà tạm lánh biết nữa',
    });
    const province = await (await as(coordinator)).request('GET', `/api/cases/${caseId}/timeline`);
    const seen = province.json.find((e: { id: string }) => e.id === withdrawal.id);
    expect(seen.details).toEqual({ consent: sharingId, purpose: 'sharing', givenBy: 'person' });
    expect(JSON.stringify([own.json, province.json])).not.toMatch(/Sealed|e1\./);
  });

  it.each([
    [
      'verbal consent without a witness',
      { ...witnessedConsent, witness: undefined },
      'witness',
      'witness_required',
    ],
    ['sharing with nobody named', sharingConsent({}), 'sharingAgencyTypes', 'sharing_scope_required'],
    [
      'an unknown agency type',
      sharingConsent({ sharingAgencyTypes: ['casino'] }),
      'sharingAgencyTypes.0',
      'invalid_value',
    ],
    [
      'an agency that does not exist',
      sharingConsent({ sharingAgencyIds: ['01a221cd-0000-7000-8000-000000000000'] }),
      'sharingAgencyIds.0',
      'invalid_value',
    ],
    ['a date in the future', { ...witnessedConsent, obtainedOn: '2999-01-01' }, 'obtainedOn', 'in_future'],
    [
      'a signed form that is not on the case',
      sharingConsent({
        sharingAgencyTypes: ['ngo'],
        formAttachmentId: '01a221cd-0000-7000-8000-000000000000',
      }),
      'formAttachmentId',
      'invalid_value',
    ],
  ])('refuses %s with a field error', async (_, body, field, code) => {
    const { status, json } = await (await as(worker)).request('POST', `/api/cases/${caseId}/consents`, body);
    expect(status).toBe(400);
    expect(json.error.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(json.error.details.every((d: { message: string }) => !d.message.startsWith('errors.'))).toBe(true);
  });

  it('for a child, the guardian consents', async () => {
    const client = await as(worker);
    const registered = await client.request('POST', '/api/cases', {
      person: { identity: { fullName: 'Lê Thị Mai', dateOfBirth: '2014-05-01' }, profile: {} },
      case: { receivedOn: '2026-11-20', intakeRoute: 'vn.ReturnedByForeignAuthorities' },
      consents: [{ ...witnessedConsent, givenBy: 'guardian' }],
    });
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const id = registered.json.id;
    const alone = await client.request('POST', `/api/cases/${id}/consents`, {
      ...witnessedConsent,
      purpose: 'contact',
    });
    expect(alone.status).toBe(400);
    expect(alone.json.error.details).toContainEqual(
      expect.objectContaining({ field: 'givenBy', code: 'guardian_required' }),
    );
    const guardian = await client.request('POST', `/api/cases/${id}/consents`, {
      ...witnessedConsent,
      purpose: 'contact',
      givenBy: 'guardian',
      childAssent: true,
    });
    expect(guardian.status).toBe(201);
    expect(guardian.json).toMatchObject({ givenBy: 'guardian', childAssent: true });
  });

  it('another agency is told the case does not exist, on every consent route', async () => {
    const client = await as(outsider);
    expect((await client.request('GET', `/api/cases/${caseId}/consents`)).status).toBe(404);
    expect(
      (
        await client.request(
          'POST',
          `/api/cases/${caseId}/consents`,
          sharingConsent({ sharingAgencyTypes: ['ngo'] }),
        )
      ).status,
    ).toBe(404);
    expect((await client.request('POST', `/api/cases/${caseId}/consents/${sharingId}/withdraw`)).status).toBe(
      404,
    );
  });

  it('keeps the witness of a later consent sealed in the database', async () => {
    const added = await (await as(worker)).request('POST', `/api/cases/${caseId}/consents`, {
      ...witnessedConsent,
      purpose: 'statistics',
      witness: 'Phạm Thị Hồng Nhung',
    });
    expect(added.status).toBe(201);
    const everything = foldVietnamese(await dumpDatabase(t));
    expect(everything).not.toContain(foldVietnamese('Phạm Thị Hồng Nhung'));
    expect(everything).not.toContain(foldVietnamese('không muốn nhà tạm lánh'));
  });
});

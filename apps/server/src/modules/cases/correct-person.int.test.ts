import { foldVietnamese } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  auditActions,
  createCaseTeam,
  dumpDatabase,
  registerCase,
  sharingConsent,
  signedInClients,
} from '../case-work/test-fixtures';

const OLD = { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1998-03-12' };
const NEW = { fullName: 'Nguyễn Thị Lanh', dateOfBirth: '1999-04-02' };

describe(`correcting a person after registration (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let screener: TestUser;
  let outsider: TestUser;
  let provider: TestUser;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';

  const record = async (client: TestClient, id = caseId) => {
    const { status, json } = await client.request('GET', `/api/cases/${id}/person`);
    expect(status, JSON.stringify(json)).toBe(200);
    return json;
  };
  const searchFinds = async (client: TestClient, query: { fullName: string; dateOfBirth: string }) => {
    const { status, json } = await client.request('POST', '/api/persons/match', query);
    expect(status, JSON.stringify(json)).toBe(200);
    return (json.candidates as Array<{ caseId: string | null }>).some((c) => c.caseId === caseId);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const team = await createCaseTeam(t);
    ({ worker, screener, outsider } = team);
    provider = await t.createUser('provider', team.centre, ['service_provider']);
    caseId = await registerCase(await as(worker), OLD.fullName, OLD.dateOfBirth);
  }, 60_000);
  afterAll(() => t.close());

  it('corrects the identity: found under the new name only, old identity kept sealed, timeline without values', async () => {
    const client = await as(worker);
    expect(await searchFinds(client, OLD)).toBe(true);
    const before = await record(client);
    expect(before).toMatchObject({ identity: { fullName: OLD.fullName }, corrections: 0 });

    const corrected = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: before.version,
      reason: 'Giấy khai sinh ghi tên Lanh',
      identity: { ...before.identity, ...NEW, phones: ['0912345678'] },
      profile: { ...before.profile, ethnicity: '01' },
    });
    expect(corrected.status, JSON.stringify(corrected.json)).toBe(200);
    expect(corrected.json).toMatchObject({
      identity: { fullName: NEW.fullName, phones: ['0912345678'] },
      changed: { identity: ['fullName', 'dateOfBirth', 'phones'], profile: ['ethnicity'] },
      corrections: 1,
    });
    expect(corrected.json.version).not.toBe(before.version);

    expect(await searchFinds(client, NEW)).toBe(true);
    expect(await searchFinds(client, OLD)).toBe(false);
    expect((await client.request('GET', `/api/cases/${caseId}`)).json.identity.fullName).toBe(NEW.fullName);

    const dump = foldVietnamese(await dumpDatabase(t));
    expect(dump).not.toContain(foldVietnamese(OLD.fullName));
    expect(dump).not.toContain(foldVietnamese('Giấy khai sinh ghi tên Lanh'));
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ fields: string[] }>('select fields from person_identity_history'),
    );
    expect(rows).toEqual([{ fields: ['fullName', 'dateOfBirth', 'phones'] }]);

    const timeline = (await client.request('GET', `/api/cases/${caseId}/timeline`)).json;
    const lines = timeline.filter((e: { kind: string }) =>
      ['identity.corrected', 'profile.updated'].includes(e.kind),
    );
    // One line per part changed, naming the fields only: both written by the same correction, in any order.
    expect(lines.map((e: { kind: string; details: unknown }) => [e.kind, e.details])).toEqual(
      expect.arrayContaining([
        ['identity.corrected', { fields: 'fullName,dateOfBirth,phones', probableDuplicates: 0 }],
        ['profile.updated', { fields: 'ethnicity' }],
      ]),
    );
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(timeline)).not.toContain('Lanh');
    expect(await auditActions(t, caseId)).toContain('person.correct');
  });

  it('shows the history to identity readers, audited, with the old identity and the reason', async () => {
    const client = await as(worker);
    const history = await client.request('GET', `/api/cases/${caseId}/person/history`);
    expect(history.status).toBe(200);
    expect(history.json.entries).toEqual([
      expect.objectContaining({
        fields: ['fullName', 'dateOfBirth', 'phones'],
        identity: expect.objectContaining({ fullName: OLD.fullName, dateOfBirth: OLD.dateOfBirth }),
        reason: 'Giấy khai sinh ghi tên Lanh',
        changedBy: { id: worker.id, displayName: 'worker' },
      }),
    ]);
    expect(await auditActions(t, caseId)).toContain('person.history_view');
  });

  it('refuses a stale correction with 409 and keeps the newer one', async () => {
    const client = await as(worker);
    const current = await record(client);
    const first = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: current.version,
      reason: 'Thêm số điện thoại',
      identity: { ...current.identity, phones: ['0912345678', '0987654321'] },
    });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    const stale = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: current.version,
      reason: 'Sửa lại tên',
      identity: { ...current.identity, fullName: 'Tên khác' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('person.stale_correction');
    expect(stale.json.error.message).not.toBe('person.stale_correction');
    expect((await record(client)).identity).toMatchObject({
      fullName: NEW.fullName,
      phones: ['0912345678', '0987654321'],
    });
  });

  it('answers bad input with 400 and the fields to fix', async () => {
    const client = await as(worker);
    const current = await record(client);
    const bad = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: current.version,
      reason: 'x',
      identity: { ...current.identity, fullName: '', dateOfBirth: '2999-01-01' },
    });
    expect(bad.status).toBe(400);
    const fields = bad.json.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['reason', 'identity.fullName']));
    const future = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: current.version,
      reason: 'Sửa ngày sinh',
      identity: { ...current.identity, dateOfBirth: '2999-01-01' },
      profile: { ...current.profile, homeProvinceCode: '99' },
    });
    expect(future.status).toBe(400);
    expect(future.json.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['identity.dateOfBirth', 'profile.homeProvinceCode']),
    );
    expect((await record(client)).version).toBe(current.version);
  });

  it('lets only the owning agency correct: another agency 404, a screener and a service provider 403', async () => {
    const current = await record(await as(worker));
    const body = {
      version: current.version,
      reason: 'Thử sửa',
      identity: { ...current.identity, fullName: 'X Y' },
    };
    const outside = await (await as(outsider)).request('PATCH', `/api/cases/${caseId}/person`, body);
    expect(outside.status).toBe(404);
    expect((await (await as(screener)).request('PATCH', `/api/cases/${caseId}/person`, body)).status).toBe(
      403,
    );
    expect((await (await as(provider)).request('PATCH', `/api/cases/${caseId}/person`, body)).status).toBe(
      403,
    );
    expect((await (await as(outsider)).request('GET', `/api/cases/${caseId}/person/history`)).status).toBe(
      404,
    );
    expect((await record(await as(worker))).identity.fullName).toBe(NEW.fullName);
  });

  it('says when the corrected identity now probably matches someone else', async () => {
    const client = await as(worker);
    const other = { fullName: 'Phạm Thị Hoa', dateOfBirth: '1995-05-05' };
    await registerCase(client, other.fullName, other.dateOfBirth);
    const current = await record(client);
    const corrected = await client.request('PATCH', `/api/cases/${caseId}/person`, {
      version: current.version,
      reason: 'Nhầm hồ sơ',
      identity: { ...current.identity, ...other, phones: [] },
    });
    expect(corrected.status, JSON.stringify(corrected.json)).toBe(200);
    expect(corrected.json.probableDuplicates).toBe(1);
  });

  it('puts consents given and withdrawn on the timeline: purpose and who gave it', async () => {
    const client = await as(worker);
    const given = await client.request(
      'POST',
      `/api/cases/${caseId}/consents`,
      sharingConsent({
        sharingAgencyTypes: ['health_facility'],
      }),
    );
    expect(given.status, JSON.stringify(given.json)).toBe(201);
    const withdrawn = await client.request(
      'POST',
      `/api/cases/${caseId}/consents/${given.json.id}/withdraw`,
      {},
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    const timeline = (await client.request('GET', `/api/cases/${caseId}/timeline`)).json;
    expect(
      timeline
        .slice(0, 2)
        .map((e: { kind: string; details: Record<string, unknown> }) => [
          e.kind,
          e.details.purpose,
          e.details.givenBy,
        ]),
    ).toEqual([
      ['consent.withdrawn', 'sharing', 'person'],
      ['consent.recorded', 'sharing', 'person'],
    ]);
  });
});

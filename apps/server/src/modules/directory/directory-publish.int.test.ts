import { errorResponseSchema, serviceEntrySchema } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { asRequest, signedInClients } from '../case-work/test-fixtures';
import { auditEvents, entry, fieldErrors, publish } from './test-directory';

// Publishing and withdrawing an agency's own services, and what is refused; the search is in
// directory-search.int.test.ts.
describe(`publishing services in the directory (${testEngine})`, () => {
  let t: TestApp;
  let centreWorker: TestUser;
  let otherWorker: TestUser;
  let coordinator: TestUser;
  const as = signedInClients(() => t, TestClient);

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    const other = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    centreWorker = await t.createUser('na.worker', centre, ['service_provider']);
    otherWorker = await t.createUser('ht.worker', other, ['case_worker']);
    coordinator = await t.createUser('na.coordinator', centre, ['provincial_coordinator']);
  }, 60_000);
  afterAll(() => t.close());

  it('publishes an entry of the caller’s agency, updates it in place, and audits both', async () => {
    const client = await as(centreWorker);
    const first = serviceEntrySchema.parse(
      await publish(client, 'vn.Shelter', entry({ capacityTotal: 20, capacityFree: 4, languages: ['khm'] })),
    );
    expect(first).toMatchObject({ serviceCode: 'vn.Shelter', servesOwnProvince: true, capacityFree: 4 });
    const second = await publish(
      client,
      'vn.Shelter',
      entry({ capacityTotal: 20, capacityFree: 3, provinceCodes: ['42', '40', '40'], sexes: ['Feminine'] }),
    );
    // The whole entry is replaced: languages left out are gone, repeated provinces are stored once.
    expect(second).toMatchObject({ capacityFree: 3, provinceCodes: ['40', '42'], languages: [] });

    const listed = await client.request('GET', `/api/directory/agencies/${centreWorker.agencyId}/services`);
    expect(listed.status).toBe(200);
    expect(listed.json.services).toHaveLength(1);
    expect(listed.json.agency).toMatchObject({ name: 'Trung tâm CTXH Nghệ An', provinceCode: '40' });

    const events = await auditEvents(t, 'directory.service.publish');
    expect(events.map((event) => event.details)).toEqual([
      { serviceCode: 'vn.Shelter', created: true, capacityFree: 4 },
      { serviceCode: 'vn.Shelter', created: false, capacityFree: 3 },
    ]);
    expect(events[0]?.actor_user_id).toBe(centreWorker.id);
  });

  it('refuses bad input with every field named, in the caller’s language, and stores nothing', async () => {
    const client = await as(centreWorker);
    const bad = await client.request(
      'PUT',
      '/api/directory/services/vn.Psychological',
      entry({
        provinceCodes: ['40', '02', '99'],
        sexes: ['Feminine', 'Robot'],
        languages: ['xxx'],
        minAge: 18,
        maxAge: 12,
        capacityTotal: 5,
        capacityFree: 6,
      }),
      { 'Accept-Language': 'vi' },
    );
    expect(bad.status).toBe(400);
    const error = errorResponseSchema.parse(bad.json).error;
    expect(fieldErrors(bad.json)).toEqual([
      { field: 'provinceCodes.1', code: 'replaced_province' },
      { field: 'provinceCodes.2', code: 'invalid_value' },
      { field: 'sexes.1', code: 'invalid_value' },
      { field: 'languages.0', code: 'invalid_value' },
      { field: 'maxAge', code: 'age_range_reversed' },
      { field: 'capacityFree', code: 'capacity_above_total' },
    ]);
    expect(error.details?.[0]?.message).toContain('Tuyên Quang');
    expect(error.details?.at(-1)?.message).toBe('Số chỗ còn trống không được lớn hơn tổng số chỗ.');

    const unknownService = await client.request('PUT', '/api/directory/services/vn.Spa', entry());
    expect(unknownService.status).toBe(400);
    expect(fieldErrors(unknownService.json)).toEqual([{ field: 'serviceCode', code: 'invalid_value' }]);
    const freeWithoutTotal = await client.request(
      'PUT',
      '/api/directory/services/vn.Medical',
      entry({ capacityFree: 2 }),
    );
    expect(fieldErrors(freeWithoutTotal.json)).toEqual([
      { field: 'capacityTotal', code: 'capacity_total_required' },
    ]);
    const negative = await client.request(
      'PUT',
      '/api/directory/services/vn.Medical',
      entry({ capacityTotal: -1, contactEmail: 'not an address' }),
    );
    expect(negative.status).toBe(400);
    expect(fieldErrors(negative.json).map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['capacityTotal', 'contactEmail']),
    );
    const listed = await client.request('GET', `/api/directory/agencies/${centreWorker.agencyId}/services`);
    expect(listed.json.services.map((s: { serviceCode: string }) => s.serviceCode)).toEqual(['vn.Shelter']);
  });

  it('lets another agency publish the same service as its own entry, never touching this one', async () => {
    const other = await as(otherWorker);
    await publish(other, 'vn.Shelter', entry({ capacityTotal: 2, capacityFree: 0 }));
    // Its withdrawal reaches only its own entry; a service it does not publish is not found.
    expect((await other.request('DELETE', '/api/directory/services/vn.Psychological')).status).toBe(404);
    const mine = await (await as(centreWorker)).request(
      'GET',
      `/api/directory/agencies/${centreWorker.agencyId}/services`,
    );
    expect(mine.json.services[0]).toMatchObject({ capacityFree: 3 });
  });

  it('keeps the row-level-security wall: another agency’s rows cannot be changed even by a forgetful query', async () => {
    const [changed, removed] = await asRequest(t, otherWorker, ['referral.respond'], async (tx) => [
      await queryRows(
        tx,
        sql`update agency_services set capacity_free = 0 where agency_id = ${centreWorker.agencyId} returning id`,
      ),
      await queryRows(
        tx,
        sql`delete from agency_services where agency_id = ${centreWorker.agencyId} returning id`,
      ),
    ]);
    expect([changed, removed]).toEqual([[], []]);
    const visible = await asRequest(t, otherWorker, [], (tx) =>
      queryRows(tx, sql`select id from agency_services where agency_id = ${centreWorker.agencyId}`),
    );
    expect(visible).toHaveLength(1);
  });

  it('refuses callers without referral.respond with 403 (a coordinator reads but does not publish)', async () => {
    const client = await as(coordinator);
    expect((await client.request('PUT', '/api/directory/services/vn.Shelter', entry())).status).toBe(403);
    expect((await client.request('DELETE', '/api/directory/services/vn.Shelter')).status).toBe(403);
    expect(
      (await client.request('GET', `/api/directory/agencies/${centreWorker.agencyId}/services`)).status,
    ).toBe(200);
  });

  it('withdraws an entry, audited, after which it is gone and a second withdrawal is not found', async () => {
    const client = await as(centreWorker);
    expect((await client.request('DELETE', '/api/directory/services/vn.Shelter')).status).toBe(204);
    expect((await client.request('DELETE', '/api/directory/services/vn.Shelter')).status).toBe(404);
    const [event] = await auditEvents(t, 'directory.service.withdraw');
    expect(event).toMatchObject({ actor_user_id: centreWorker.id, details: { serviceCode: 'vn.Shelter' } });
    const listed = await client.request('GET', `/api/directory/agencies/${centreWorker.agencyId}/services`);
    expect(listed.json.services).toEqual([]);
  });

  it('answers an unknown agency with 404', async () => {
    const client = await as(centreWorker);
    const missing = await client.request(
      'GET',
      '/api/directory/agencies/01a221cd-0000-7000-8000-000000000000/services',
    );
    expect(missing.status).toBe(404);
  });
});

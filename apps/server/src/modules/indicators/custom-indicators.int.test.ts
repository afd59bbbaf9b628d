import { findIndicator, type Permission } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { onlineRecruitmentCount } from './custom-indicator.test-support';
import { buildIndicatorCountry } from './indicator-fixture.test-support';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>> & { admin: TestUser };
const year2026 = 'period=year&from=2026-01-01&to=2026-12-31';

describe(`administrators' own indicators (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);
  const auditOf = (code: string) =>
    t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ action: string; actor: string }>(
        `select action, actor_user_id as actor from audit_events
          where action like 'indicator.%' and details->>'indicator' = $1 order by occurred_at, id`,
        [code],
      );
      return rows;
    });

  beforeAll(async () => {
    t = await createTestApp();
    const country = await buildIndicatorCountry(t);
    const office = await t.createAgency('Văn phòng Thường trực 138', '01', 'ministry');
    users = { ...country, admin: await t.createUser('admin.catalogue', office, ['system_admin']) };
  }, 60_000);
  afterAll(() => t.close());

  it('adds an indicator composed without code: listed, computed in SQL in both scopes, audited', async () => {
    const admin = await as(users.admin);
    const added = await admin.request(
      'POST',
      '/api/indicators',
      onlineRecruitmentCount('cases_recruited_online'),
    );
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json).toMatchObject({ code: 'cases_recruited_online', custom: true, evaluable: true });

    const catalogue = await (await as(users.analyst)).request('GET', '/api/indicators');
    const listed = catalogue.json.indicators.find(
      (entry: { code: string }) => entry.code === 'cases_recruited_online',
    );
    expect(listed).toMatchObject({ custom: true, unit: 'count', dimensions: ['province', 'sex'] });
    expect(
      catalogue.json.indicators.find((entry: { code: string }) => entry.code === 'persons_received'),
    ).toMatchObject({
      custom: false,
    });

    // The fixture's centre A recorded six cases recruited online (a1…a6), police post B none.
    const own = await (await as(users.supervisorA)).request(
      'GET',
      `/api/indicators/cases_recruited_online/values?${year2026}`,
    );
    expect(own.status, JSON.stringify(own.json)).toBe(200);
    expect(own.json).toMatchObject({ scope: 'own', total: { value: 6, status: 'shown' } });
    // Nationally six is under k = 11: the aggregate reader sees it suppressed, like any seeded count.
    const national = await (await as(users.analyst)).request(
      'GET',
      `/api/indicators/cases_recruited_online/values?${year2026}`,
    );
    expect(national.status).toBe(200);
    expect(national.json).toMatchObject({
      scope: 'national',
      suppression: { applied: true, k: 11 },
      total: { value: null, status: 'primary' },
    });

    expect(await auditOf('cases_recruited_online')).toEqual([
      { action: 'indicator.define', actor: users.admin.id },
    ]);
  });

  it('computes the same figures as a seeded indicator composed the same way', async () => {
    const seeded = findIndicator('recruited_online');
    if (!seeded) throw new Error('seeded indicator missing');
    const admin = await as(users.admin);
    const { targets: _targets, ...definition } = seeded;
    const added = await admin.request('POST', '/api/indicators', {
      ...definition,
      code: 'online_share_copy',
    });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    const supervisor = await as(users.supervisorA);
    const copy = await supervisor.request(
      'GET',
      `/api/indicators/online_share_copy/values?${year2026}&by=sex`,
    );
    const original = await supervisor.request(
      'GET',
      `/api/indicators/recruited_online/values?${year2026}&by=sex`,
    );
    expect(copy.json.rows).toEqual(original.json.rows);
    expect(copy.json.total).toEqual({ value: 66.7, numerator: 6, denominator: 9, status: 'shown' });
  });

  it('refuses a composition that breaks a rule, naming the field in the reader’s language, and writes nothing', async () => {
    const admin = await as(users.admin);
    const wrongFilter = onlineRecruitmentCount('wrong_filter');
    wrongFilter.block = { kind: 'count', subject: 'case', where: [{ code: 'accepted' }] };
    const refused = await admin.request('POST', '/api/indicators', wrongFilter, { 'Accept-Language': 'vi' });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details).toEqual([
      expect.objectContaining({ field: 'block.where.0.code', code: 'indicator_filter_not_for_subject' }),
    ]);
    expect(refused.json.error.details[0].message).toMatch(/Điều kiện lọc/);

    const wrongUnit = { ...onlineRecruitmentCount('wrong_unit'), unit: 'percentage' };
    const unit = await admin.request('POST', '/api/indicators', wrongUnit, { 'Accept-Language': 'en' });
    expect(unit.status).toBe(400);
    expect(unit.json.error.details).toEqual([
      expect.objectContaining({ field: 'unit', code: 'indicator_unit_not_for_block' }),
    ]);

    const screeningBySex = { ...onlineRecruitmentCount('screening_by_sex') };
    screeningBySex.block = { kind: 'count', subject: 'screening', where: [] };
    const dimension = await admin.request('POST', '/api/indicators', screeningBySex);
    expect(dimension.status).toBe(400);
    expect(dimension.json.error.details.map((field: { field: string }) => field.field)).toEqual([
      'dimensions.1',
    ]);

    const seededCode = await admin.request(
      'POST',
      '/api/indicators',
      onlineRecruitmentCount('persons_received'),
    );
    expect(seededCode.status).toBe(400);
    expect(seededCode.json.error.details).toEqual([
      expect.objectContaining({ field: 'code', code: 'indicator_code_taken' }),
    ]);

    for (const code of ['wrong_filter', 'wrong_unit', 'screening_by_sex'])
      expect((await admin.request('GET', `/api/indicators/${code}/values?${year2026}`)).status).toBe(403);
    const listed = await admin.request('GET', '/api/indicators');
    expect(listed.json.indicators.map((entry: { code: string }) => entry.code)).not.toContain('wrong_filter');
  });

  it('changes and retires only its own indicators; a retired code is never given again', async () => {
    const admin = await as(users.admin);
    const code = 'online_then_offline';
    expect((await admin.request('POST', '/api/indicators', onlineRecruitmentCount(code))).status).toBe(201);
    const changed = onlineRecruitmentCount(code);
    changed.block = { kind: 'count', subject: 'case', where: [{ code: 'identified' }] };
    const put = await admin.request('PUT', `/api/indicators/${code}`, changed);
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(put.json.block).toEqual(changed.block);

    const renamed = await admin.request(
      'PUT',
      `/api/indicators/${code}`,
      onlineRecruitmentCount('other_code'),
    );
    expect(renamed.status).toBe(400);
    expect(renamed.json.error.details).toEqual([
      expect.objectContaining({ field: 'code', code: 'indicator_code_fixed' }),
    ]);

    const seeded = findIndicator('persons_received');
    expect((await admin.request('PUT', '/api/indicators/persons_received', seeded)).status).toBe(409);
    expect((await admin.request('DELETE', '/api/indicators/persons_received')).status).toBe(409);

    // Targets work for an administrator's indicator as for a seeded one.
    const targets = await admin.request('PUT', `/api/indicators/${code}/targets`, {
      targets: [{ year: 2026, value: 12 }],
    });
    expect(targets.status, JSON.stringify(targets.json)).toBe(200);

    expect((await admin.request('DELETE', `/api/indicators/${code}`)).status).toBe(204);
    expect((await admin.request('DELETE', `/api/indicators/${code}`)).status).toBe(404);
    const supervisor = await as(users.supervisorA);
    expect((await supervisor.request('GET', `/api/indicators/${code}/values?${year2026}`)).status).toBe(404);
    const again = await admin.request('POST', '/api/indicators', onlineRecruitmentCount(code));
    expect(again.status).toBe(400);
    expect(again.json.error.details).toEqual([expect.objectContaining({ code: 'indicator_code_taken' })]);
    expect((await auditOf(code)).map((event) => event.action)).toEqual([
      'indicator.define',
      'indicator.redefine',
      'indicator.target_set',
      'indicator.retire',
    ]);
  });

  it('lets nobody but the administrator compose indicators, and the database holds the same rule', async () => {
    for (const who of ['supervisorA', 'analyst', 'workerB'] as const) {
      const response = await (await as(users[who])).request(
        'POST',
        '/api/indicators',
        onlineRecruitmentCount(`by_${who.toLowerCase()}`),
      );
      expect(response.status, who).toBe(403);
    }
    // Past the application's check, row-level security still refuses an insert by a reader of indicators.
    const insertAs = (permissions: Permission[], code: string) =>
      runInRequestTransaction(
        t.testDb.database.db,
        {
          requestId: newId(),
          actorId: users.supervisorA.id,
          agencyId: users.supervisorA.agencyId,
          permissions,
        },
        (tx) =>
          tx.execute(
            sql`insert into custom_indicators (code, definition, defined_by)
                values (${code}, ${JSON.stringify({ code })}::jsonb, ${users.supervisorA.id})`,
          ),
      ).then(
        () => 'written',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    const refused = await insertAs(['indicators.read', 'stats.read_aggregate'], 'sneaked_in');
    expect(refused).toMatch(/row-level security/);
  });
});

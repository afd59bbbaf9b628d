import {
  errorResponseSchema,
  localValueSchema,
  localValuesResponseSchema,
  vocabulariesResponseSchema,
  vocabularyResponseSchema,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

let t: TestApp;
let admin: TestClient;
let adminUser: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await t.createAgency('Ministry', '01', 'ministry');
  adminUser = await t.createUser('vocab.admin', agency, ['system_admin']);
  admin = new TestClient(t.app);
  expect((await admin.signIn(adminUser)).status).toBe(200);
}, 60_000);
afterAll(() => t?.close());

const shopee = {
  code: 'local.Shopee',
  labels: { vi: 'Shopee', en: 'Shopee', ar: 'شوبي' },
  description: { vi: 'Sàn thương mại điện tử', en: 'Online marketplace', ar: '' },
};
const base = (vocabulary: string) => `/api/admin/vocabularies/${vocabulary}/local-values`;

async function publicVocabulary(id: string, language = 'en') {
  const response = await t.app.request(`/api/reference/vocabularies/${id}`, {
    headers: { 'Accept-Language': language },
  });
  expect(response.status).toBe(200);
  return vocabularyResponseSchema.parse(await response.json());
}

const storedCount = async () =>
  Number(
    (await t.testDb.asOwner((o) => o.query('select count(*)::int as n from vocabulary_local_values'))).rows[0]
      ?.n ?? 0,
  );

const auditEvents = (action: string) =>
  t.testDb.asOwner(
    async (o) =>
      (
        await o.query<{ actor_user_id: string; resource_id: string; details: Record<string, unknown> }>(
          'select actor_user_id, resource_id, details from audit_events where action = $1 order by seq',
          [action],
        )
      ).rows,
  );

function fieldErrors(json: unknown) {
  return (errorResponseSchema.parse(json).error.details ?? []).map(({ field, code }) => ({ field, code }));
}

describe(`local vocabulary values (${testEngine})`, () => {
  it('lets an administrator add a value that everyone then reads in the "local" namespace, with three labels', async () => {
    const added = await admin.request('POST', base('online-platform'), shopee);
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    const value = localValueSchema.parse(added.json);
    expect(value).toMatchObject({
      code: 'local.Shopee',
      label: 'Shopee',
      active: true,
      htcdsExport: null,
      exportedAs: 'Other',
      description: { vi: 'Sàn thương mại điện tử', en: 'Online marketplace' },
    });

    // The public vocabulary, without a session, in Arabic.
    const ar = await publicVocabulary('online-platform', 'ar');
    const entry = ar.codes.find((code) => code.code === 'local.Shopee');
    expect(entry).toMatchObject({
      namespace: 'local',
      label: 'شوبي',
      labels: { vi: 'Shopee', en: 'Shopee', ar: 'شوبي' },
      exportedAs: 'Other',
      // No Arabic description was given: the English one, marked as such.
      description: 'Online marketplace',
      descriptionLanguage: 'en',
    });
    expect(ar.codes.at(-1)?.code).toBe('local.Shopee');
    expect(ar.codes.find((code) => code.code === 'Telegram')).toMatchObject({ namespace: 'htcds' });
    expect(ar).toMatchObject({ localCount: 1, extensionCount: 1, retiredCodes: [] });

    const list = await t.app.request('/api/reference/vocabularies');
    const summary = vocabulariesResponseSchema
      .parse(await list.json())
      .vocabularies.find((v) => v.id === 'online-platform');
    expect(summary).toMatchObject({ localCount: 1, codeCount: ar.codes.length });

    const [event] = await auditEvents('admin.vocabulary_value.create');
    expect(event).toMatchObject({
      actor_user_id: adminUser.id,
      resource_id: value.id,
      details: { vocabularyId: 'online-platform', code: 'local.Shopee' },
    });
  });

  it('documents the administration routes in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const paths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/admin/vocabularies/'));
    expect(paths.sort()).toEqual([
      '/api/admin/vocabularies/{id}/local-values',
      '/api/admin/vocabularies/{id}/local-values/{code}',
      '/api/admin/vocabularies/{id}/local-values/{code}/reactivate',
      '/api/admin/vocabularies/{id}/local-values/{code}/retire',
    ]);
    expect(doc.paths['/api/admin/vocabularies/{id}/local-values']?.post?.tags).toEqual(['Administration']);
  });

  it('tells clients to revalidate vocabularies, so a new value shows at once', async () => {
    const response = await t.app.request('/api/reference/vocabularies/online-platform');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await t.app.request('/api/reference/vocabularies/online-platform', {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('takes the HTCDS export from the HTCDS codes of the list only', async () => {
    const added = await admin.request('POST', base('online-platform'), {
      code: 'local.ZaloOA',
      labels: { vi: 'Zalo Official Account', en: 'Zalo Official Account', ar: 'حساب زالو الرسمي' },
      htcdsExport: 'OtherMessagingApp',
    });
    expect(added.status).toBe(400);
    expect(fieldErrors(added.json)).toEqual([{ field: 'htcdsExport', code: 'invalid_value' }]);

    const valid = await admin.request('POST', base('online-platform'), {
      code: 'local.ZaloOA',
      labels: { vi: 'Zalo Official Account', en: 'Zalo Official Account', ar: 'حساب زالو الرسمي' },
      htcdsExport: 'Facebook',
    });
    expect(valid.status, JSON.stringify(valid.json)).toBe(201);
    expect(valid.json).toMatchObject({ htcdsExport: 'Facebook', exportedAs: 'Facebook' });

    const vn = await admin.request('POST', base('vn-support-regime'), {
      code: 'local.Housing',
      labels: { vi: 'Hỗ trợ nhà ở tạm', en: 'Temporary housing', ar: 'السكن المؤقت' },
      htcdsExport: 'Other',
    });
    expect(vn.status).toBe(400);
    expect(fieldErrors(vn.json)).toEqual([{ field: 'htcdsExport', code: 'invalid_value' }]);
  });

  it('refuses a label that repeats an existing one (any case, any diacritics) and stores nothing', async () => {
    const before = await storedCount();
    const response = await admin.request(
      'POST',
      base('exploitation-type'),
      {
        code: 'local.Scam',
        labels: { vi: 'CUONG EP THAM GIA LUA DAO TRUC TUYEN', en: 'Scam work', ar: 'عمل احتيالي' },
      },
      { 'Accept-Language': 'vi' },
    );
    expect(response.status).toBe(400);
    const error = errorResponseSchema.parse(response.json).error;
    expect(error.code).toBe('validation');
    expect(error.details).toEqual([
      {
        field: 'labels.vi',
        code: 'duplicate_label',
        message: expect.stringContaining('vn.ForcedOnlineScam'),
      },
    ]);
    expect(error.details?.[0]?.message).toContain('Cưỡng ép tham gia lừa đảo trực tuyến');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a code that reuses the name of a fixed code, in any namespace, and stores nothing', async () => {
    const before = await storedCount();
    for (const [code, fixed] of [
      ['local.zalo', 'vn.Zalo'],
      ['local.TELEGRAM', 'Telegram'],
    ] as const) {
      const response = await admin.request('POST', base('online-platform'), {
        code,
        labels: { vi: `Kênh ${code}`, en: `Channel ${code}`, ar: `قناة ${code}` },
      });
      expect(response.status, code).toBe(400);
      const details = errorResponseSchema.parse(response.json).error.details;
      expect(details).toEqual([
        { field: 'code', code: 'fixed_code', message: expect.stringContaining(fixed) },
      ]);
    }
    expect(await storedCount()).toBe(before);
  });

  it('refuses a code another local value has, whatever its case, and malformed input with field errors', async () => {
    const taken = await admin.request('POST', base('online-platform'), {
      code: 'local.SHOPEE',
      labels: { vi: 'Shopee Việt Nam', en: 'Shopee Vietnam', ar: 'شوبي فيتنام' },
    });
    expect(taken.status).toBe(400);
    expect(fieldErrors(taken.json)).toEqual([{ field: 'code', code: 'taken' }]);

    const malformed = await admin.request('POST', base('online-platform'), {
      code: 'Shopee2',
      labels: { vi: 'Shopee 2', en: '  ', ar: 'شوبي ٢' },
    });
    expect(malformed.status).toBe(400);
    expect(fieldErrors(malformed.json)).toEqual([
      { field: 'code', code: 'invalid_format' },
      { field: 'labels.en', code: 'required' },
    ]);

    const unknown = await admin.request('POST', base('no-such-list'), shopee);
    expect(unknown.status).toBe(404);
  });

  it('refuses everyone without admin.vocabularies.manage, and stores nothing', async () => {
    const agency = await t.createAgency('Social work centre', '15');
    const before = await storedCount();
    const body = { ...shopee, code: 'local.Lazada', labels: { vi: 'Lazada', en: 'Lazada', ar: 'لازادا' } };
    for (const role of ['agency_admin', 'case_worker', 'auditor']) {
      const user = await t.createUser(`no.vocab.${role}`, agency, [role]);
      const client = new TestClient(t.app);
      expect((await client.signIn(user)).status).toBe(200);
      expect((await client.request('POST', base('online-platform'), body)).status, role).toBe(403);
      expect((await client.request('GET', base('online-platform'))).status, role).toBe(403);
      expect(
        (await client.request('POST', `${base('online-platform')}/local.Shopee/retire`)).status,
        role,
      ).toBe(403);
    }
    expect((await new TestClient(t.app).request('POST', base('online-platform'), body)).status).toBe(401);
    expect(await storedCount()).toBe(before);
  });

  it('never lets an HTCDS or Viet Nam code be edited or retired', async () => {
    for (const code of ['Telegram', 'vn.Zalo']) {
      const edit = await admin.request('PATCH', `${base('online-platform')}/${code}`, {
        labels: { vi: 'Đổi tên', en: 'Renamed', ar: 'اسم جديد' },
      });
      expect(edit.status, code).toBe(400);
      expect(errorResponseSchema.parse(edit.json).error.code).toBe('local_value.fixed_code');
      const retire = await admin.request('POST', `${base('online-platform')}/${code}/retire`);
      expect(retire.status, code).toBe(400);
    }
    const missing = await admin.request('PATCH', `${base('online-platform')}/local.Nothing`, {
      labels: { vi: 'Không có', en: 'Nothing', ar: 'لا شيء' },
    });
    expect(missing.status).toBe(404);
    const telegram = (await publicVocabulary('online-platform')).codes.find((c) => c.code === 'Telegram');
    expect(telegram?.labels.en).toBe('Telegram');
  });

  it('corrects the names and description of a local value, checking them again, with an audit event', async () => {
    const path = `${base('online-platform')}/local.Shopee`;
    const clash = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee', en: 'telegram', ar: 'شوبي' },
    });
    expect(clash.status).toBe(400);
    expect(fieldErrors(clash.json)).toEqual([{ field: 'labels.en', code: 'duplicate_label' }]);

    const edited = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee (sàn)', en: 'Shopee', ar: 'شوبي' },
      description: null,
    });
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);
    expect(edited.json).toMatchObject({ code: 'local.Shopee', description: null });
    const vi = await publicVocabulary('online-platform', 'vi');
    expect(vi.codes.find((c) => c.code === 'local.Shopee')).toMatchObject({
      label: 'Shopee (sàn)',
      description: null,
    });
    const [event] = await auditEvents('admin.vocabulary_value.update');
    expect(event?.details).toMatchObject({ code: 'local.Shopee', changed: 'labels,description' });

    const unchanged = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee (sàn)', en: 'Shopee', ar: 'شوبي' },
    });
    expect(unchanged.status).toBe(200);
    expect(await auditEvents('admin.vocabulary_value.update')).toHaveLength(1);

    const empty = await admin.request('PATCH', path, {});
    expect(empty.status).toBe(400);
  });

  it('retires a value: no longer offered, still resolvable, its code and labels still taken; then reactivates it', async () => {
    const retired = await admin.request('POST', `${base('online-platform')}/local.Shopee/retire`);
    expect(retired.status).toBe(200);
    expect(retired.json).toMatchObject({ active: false, exportedAs: 'Other' });
    expect(await auditEvents('admin.vocabulary_value.retire')).toHaveLength(1);

    const en = await publicVocabulary('online-platform');
    expect(en.codes.some((c) => c.code === 'local.Shopee')).toBe(false);
    expect(en.retiredCodes).toEqual([
      expect.objectContaining({
        code: 'local.Shopee',
        namespace: 'local',
        label: 'Shopee',
        exportedAs: 'Other',
      }),
    ]);
    expect(en.localCount).toBe(1); // local.ZaloOA only

    const listed = localValuesResponseSchema.parse(
      (await admin.request('GET', base('online-platform'))).json,
    );
    expect(listed.values.map((v) => [v.code, v.active])).toEqual([
      ['local.Shopee', false],
      ['local.ZaloOA', true],
    ]);

    // A new value may not take the retired value's code or names: reactivating it is the way.
    const again = await admin.request('POST', base('online-platform'), {
      code: 'local.ShopeeApp',
      labels: { vi: 'Ứng dụng Shopee', en: 'shopee', ar: 'تطبيق شوبي' },
    });
    expect(again.status).toBe(400);
    const [detail] = errorResponseSchema.parse(again.json).error.details ?? [];
    expect(detail).toMatchObject({ field: 'labels.en', code: 'duplicate_label' });
    expect(detail?.message).toContain('retired');

    // Retiring twice changes nothing and writes nothing.
    expect((await admin.request('POST', `${base('online-platform')}/local.Shopee/retire`)).status).toBe(200);
    expect(await auditEvents('admin.vocabulary_value.retire')).toHaveLength(1);

    const back = await admin.request('POST', `${base('online-platform')}/local.Shopee/reactivate`);
    expect(back.status).toBe(200);
    expect(back.json).toMatchObject({ active: true });
    expect(await auditEvents('admin.vocabulary_value.reactivate')).toHaveLength(1);
    const after = await publicVocabulary('online-platform');
    expect(after.codes.some((c) => c.code === 'local.Shopee')).toBe(true);
    expect(after.retiredCodes).toEqual([]);
  });

  it('keeps a stored value readable but stops offering it once a release adds a built-in code it repeats', async () => {
    // As if a later release had added Viber after an administrator had added it locally: the value is
    // written here past the application, with labels the built-in list has.
    await t.testDb.asOwner(async (owner) => {
      const id = newId();
      await owner.query(
        `insert into vocabulary_local_values (id, vocabulary_id, code, labels, created_by)
         values ($1, 'online-platform', 'local.ViberChat', $2, $3)`,
        [id, JSON.stringify({ vi: 'Viber', en: 'VIBER', ar: 'فايبر للأعمال' }), adminUser.id],
      );
      await recordSystemAudit(owner, {
        action: 'test.local_value',
        resourceType: 'vocabulary_value',
        resourceId: id,
      });
    });
    const en = await publicVocabulary('online-platform');
    expect(en.codes.some((c) => c.code === 'local.ViberChat')).toBe(false);
    expect(en.retiredCodes.map((c) => c.code)).toEqual(['local.ViberChat']);

    const retired = await admin.request('POST', `${base('online-platform')}/local.ViberChat/retire`);
    expect(retired.status).toBe(200);
    const reactivate = await admin.request('POST', `${base('online-platform')}/local.ViberChat/reactivate`);
    expect(reactivate.status).toBe(400);
    expect(fieldErrors(reactivate.json)).toEqual([
      { field: 'labels.vi', code: 'duplicate_label' },
      { field: 'labels.en', code: 'duplicate_label' },
    ]);
  });
});

/** The database's own words for a refused statement (Drizzle wraps the driver's error). */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error && current.cause instanceof Error) current = current.cause;
    return current instanceof Error ? current.message : String(current);
  }
  return 'accepted';
}

describe(`local values in the database (${testEngine})`, () => {
  const insert = (tx: Parameters<Parameters<typeof runInRequestTransaction>[2]>[0], createdBy: string) =>
    tx.execute(sql`insert into vocabulary_local_values (id, vocabulary_id, code, labels, created_by)
      values (${newId()}, 'gender', 'local.Probe', ${JSON.stringify({ vi: 'Thử', en: 'Probe', ar: 'تجربة' })}::jsonb, ${createdBy})`);

  it('lets anyone read them, but only a holder of admin.vocabularies.manage write them', async () => {
    const anonymous = { requestId: newId(), actorId: null, agencyId: null };
    const rows = await runInRequestTransaction(t.testDb.database.db, anonymous, (tx) =>
      queryRows<{ code: string }>(tx, sql`select code from vocabulary_local_values`),
    );
    expect(rows.length).toBeGreaterThan(0);

    const withoutPermission = { ...anonymous, actorId: adminUser.id, agencyId: adminUser.agencyId };
    expect(
      await refusal(
        runInRequestTransaction(t.testDb.database.db, withoutPermission, (tx) => insert(tx, adminUser.id)),
      ),
    ).toMatch(/row-level security/);
  });

  it('refuses a change without an audit event, a change of code and any deletion', async () => {
    const permitted = {
      requestId: newId(),
      actorId: adminUser.id,
      agencyId: adminUser.agencyId,
      permissions: ['admin.vocabularies.manage'],
    };
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) => insert(tx, adminUser.id)),
    ).rejects.toThrow();
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) =>
        tx.execute(
          sql`update vocabulary_local_values set code = 'local.Renamed' where code = 'local.Shopee'`,
        ),
      ),
    ).rejects.toThrow();
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) =>
        tx.execute(sql`delete from vocabulary_local_values where code = 'local.Shopee'`),
      ),
    ).rejects.toThrow();
    expect((await publicVocabulary('online-platform')).codes.some((c) => c.code === 'local.Shopee')).toBe(
      true,
    );
  });
});

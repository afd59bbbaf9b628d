import { errorResponseSchema, localValueSchema, vocabulariesResponseSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  admin,
  adminUser,
  auditEvents,
  base,
  fieldErrors,
  publicVocabulary,
  shopee,
  storedCount,
  t,
  useLocalValuesWorld,
} from './test-local-values';

// Adding a local value and what is refused on the way; correcting, retiring and the database's own rules
// are in local-values-change.int.test.ts.
useLocalValuesWorld();

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
    const addZaloOA = (htcdsExport: string) =>
      admin.request('POST', base('online-platform'), {
        code: 'local.ZaloOA',
        labels: { vi: 'Zalo Official Account', en: 'Zalo Official Account', ar: 'حساب زالو الرسمي' },
        htcdsExport,
      });
    const added = await addZaloOA('OtherMessagingApp');
    expect(added.status).toBe(400);
    expect(fieldErrors(added.json)).toEqual([{ field: 'htcdsExport', code: 'invalid_value' }]);

    const valid = await addZaloOA('Facebook');
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
});

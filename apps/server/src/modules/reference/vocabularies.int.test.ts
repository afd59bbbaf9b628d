import { errorResponseSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import {
  countriesResponseSchema,
  languagesResponseSchema,
  vocabulariesResponseSchema,
  vocabularyResponseSchema,
} from './schemas';
import { useReferenceTestApp } from './test-app';

const get = useReferenceTestApp();

async function getJson<T>(url: string, schema: { parse: (value: unknown) => T }, language = 'vi') {
  const response = await get(url, language);
  expect(response.status).toBe(200);
  // Vocabularies hold values administrators add at run time: revalidated every time, not kept an hour.
  expect(response.headers.get('cache-control')).toBe(
    url.startsWith('/api/reference/vocabularies') ? 'no-cache' : 'public, max-age=3600',
  );
  return schema.parse(await response.json());
}

describe(`vocabularies (${testEngine})`, () => {
  it('lists every vocabulary with its name in the caller’s language and how many extensions it has', async () => {
    const body = await getJson('/api/reference/vocabularies', vocabulariesResponseSchema, 'en');
    const platforms = body.vocabularies.find((v) => v.id === 'online-platform');
    expect(platforms).toMatchObject({
      source: 'htcds',
      label: expect.any(String),
      extensionCount: 1,
      localCount: 0,
    });
    expect(platforms?.labels.vi).not.toBe(platforms?.labels.en);
    expect(body.vocabularies.find((v) => v.id === 'vn-support-regime')).toMatchObject({
      source: 'vn',
      codeCount: 10,
    });
    // 25, the four of reintegration and livelihoods and the two of self-help groups (#18).
    expect(body.vocabularies).toHaveLength(33);
    expect(body.vocabularies.find((v) => v.id === 'ethnicity')).toMatchObject({
      source: 'vn',
      codeCount: 55,
    });
  });

  it('shows the codes of one vocabulary in the caller’s language, with all three labels and the HTCDS export', async () => {
    const vi = await getJson('/api/reference/vocabularies/online-platform', vocabularyResponseSchema, 'vi');
    const ar = await getJson('/api/reference/vocabularies/online-platform', vocabularyResponseSchema, 'ar');
    const zaloVi = vi.codes.find((code) => code.code === 'vn.Zalo');
    const zaloAr = ar.codes.find((code) => code.code === 'vn.Zalo');
    expect(zaloVi).toMatchObject({ namespace: 'vn', exportedAs: 'Other' });
    expect(zaloAr?.label).toBe(zaloAr?.labels.ar);
    expect(zaloVi?.label).toBe(zaloVi?.labels.vi);
    expect(zaloVi?.labels.ar).toBe(zaloAr?.labels.ar);
    // The description exists in Vietnamese and English only; Arabic readers get the English one, marked as such.
    expect(zaloVi).toMatchObject({
      descriptionLanguage: 'vi',
      description: expect.stringContaining('Việt Nam'),
    });
    expect(zaloAr).toMatchObject({
      descriptionLanguage: 'en',
      description: expect.stringContaining('Viet Nam'),
    });

    const telegram = vi.codes.find((code) => code.code === 'Telegram');
    expect(telegram).toMatchObject({ namespace: 'htcds', exportedAs: 'Telegram' });
  });

  it('leaves the HTCDS export empty for a Viet Nam-only list', async () => {
    const body = await getJson('/api/reference/vocabularies/vn-support-regime', vocabularyResponseSchema);
    expect(body.codes.every((code) => code.namespace === 'vn' && code.exportedAs === null)).toBe(true);
  });

  it('answers an unknown vocabulary with 404 and a malformed id with a field error', async () => {
    const unknown = await get('/api/reference/vocabularies/no-such-list', 'en');
    expect(unknown.status).toBe(404);
    expect(errorResponseSchema.parse(await unknown.json()).error.code).toBe('not_found');

    const malformed = await get('/api/reference/vocabularies/Gender!', 'en');
    expect(malformed.status).toBe(400);
    expect(errorResponseSchema.parse(await malformed.json()).error.details?.map((d) => d.field)).toEqual([
      'id',
    ]);
  });
});

describe('countries and languages', () => {
  it('names countries in the caller’s language, by ISO 3166-1 alpha-3 code', async () => {
    const vi = await getJson('/api/reference/countries', countriesResponseSchema, 'vi');
    const en = await getJson('/api/reference/countries', countriesResponseSchema, 'en');
    expect(vi.countries).toHaveLength(249);
    expect(vi.countries.find((c) => c.code === 'KHM')?.name).toBe('Campuchia');
    expect(en.countries.find((c) => c.code === 'KHM')).toMatchObject({ alpha2: 'KH', name: 'Cambodia' });
  });

  it('names languages in the caller’s language, including those of Viet Nam’s peoples', async () => {
    const vi = await getJson('/api/reference/languages', languagesResponseSchema, 'vi');
    const ar = await getJson('/api/reference/languages', languagesResponseSchema, 'ar');
    expect(vi.languages.find((l) => l.code === 'hmn')?.name).toBe('Tiếng Mông (H’Mông)');
    expect(vi.languages.find((l) => l.code === 'vie')).toMatchObject({ iso6391: 'vi', name: 'Tiếng Việt' });
    expect(ar.languages.find((l) => l.code === 'hmn')?.name).toBe('لغة الهمونغ');
    expect(vi.languages).toHaveLength(186);
  });
});

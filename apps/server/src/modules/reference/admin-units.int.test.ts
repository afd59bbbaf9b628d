import { errorResponseSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-database';
import {
  provincesResponseSchema,
  unitDetailSchema,
  unitSearchResponseSchema,
  unitsResponseSchema,
} from './schemas';
import { useReferenceTestApp } from './test-app';

const get = useReferenceTestApp();

async function getJson<T>(url: string, schema: { parse: (value: unknown) => T }, language?: string) {
  const response = await get(url, language);
  expect(response.status).toBe(200);
  return schema.parse(await response.json());
}

async function expectFieldError(url: string, field: string) {
  const response = await get(url, 'en');
  expect(response.status).toBe(400);
  const body = errorResponseSchema.parse(await response.json());
  expect(body.error.code).toBe('validation');
  expect(body.error.details?.map((detail) => detail.field)).toEqual([field]);
  expect(response.headers.get('cache-control') ?? '').not.toContain('public');
  return body;
}

describe(`provinces (${testEngine})`, () => {
  it('lists the 34 provinces in force today and the 63 of 1 May 2024', async () => {
    const today = await getJson('/api/reference/provinces', provincesResponseSchema);
    expect(today.era).toBe('2025');
    expect(today.units).toHaveLength(34);
    expect(today.units.map((unit) => unit.name)).toContain('Hà Tĩnh');

    const before = await getJson('/api/reference/provinces?at=2024-05-01', provincesResponseSchema);
    expect(before).toMatchObject({ at: '2024-05-01', era: 'pre-2025' });
    expect(before.units).toHaveLength(63);
    expect(before.units.map((unit) => unit.name)).toContain('Hải Dương');
  });

  it('switches sets on 1 July 2025', async () => {
    const lastDay = await getJson('/api/reference/provinces?at=2025-06-30', provincesResponseSchema);
    const firstDay = await getJson('/api/reference/provinces?at=2025-07-01', provincesResponseSchema);
    expect([lastDay.units.length, firstDay.units.length]).toEqual([63, 34]);
  });

  it('labels units in the language of Accept-Language, provinces in Arabic script for Arabic', async () => {
    const find = async (language: string) => {
      const body = await getJson('/api/reference/provinces', provincesResponseSchema, language);
      return body.units.find((unit) => unit.code === '01');
    };
    expect(await find('vi')).toMatchObject({ name: 'Hà Nội', label: 'Thành phố Hà Nội' });
    expect(await find('en-GB,en;q=0.9')).toMatchObject({
      label: 'Hanoi City',
      typeLabel: 'Centrally-run city',
    });
    expect(await find('ar')).toMatchObject({
      name: 'Hà Nội',
      label: 'مدينة هانوي',
      typeLabel: 'مدينة تابعة للحكومة المركزية',
    });
  });

  it('may be cached for an hour, one copy per language', async () => {
    const response = await get('/api/reference/provinces', 'en');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(response.headers.get('content-language')).toBe('en');
  });

  it.each([['2025-02-30'], ['01/07/2025'], ['yesterday']])(
    'refuses the date %s, naming the field `at`',
    async (at) => {
      const body = await expectFieldError(`/api/reference/provinces?at=${encodeURIComponent(at)}`, 'at');
      expect(body.error.details?.[0]?.message).toBe('The format is not valid.');
    },
  );
});

describe('units under a province or district', () => {
  it('lists the communes of a 2025 province', async () => {
    const body = await getJson('/api/reference/units?parent=42', unitsResponseSchema);
    expect(body.parent.name).toBe('Hà Tĩnh');
    expect(body.units.length).toBeGreaterThan(50);
    expect(new Set(body.units.map((unit) => unit.level))).toEqual(new Set(['commune']));
    expect(body.units.every((unit) => unit.provinceCode === '42')).toBe(true);
  });

  it('lists the districts of an old province, then the communes of a district', async () => {
    const districts = await getJson('/api/reference/units?parent=30&at=2022-03-15', unitsResponseSchema);
    expect(districts.parent.label).toBe('Tỉnh Hải Dương');
    expect(districts.units).toHaveLength(12);
    expect(districts.units.every((unit) => unit.level === 'district')).toBe(true);

    const district = districts.units[0];
    const communes = await getJson(
      `/api/reference/units?parent=${district?.code}&at=2022-03-15`,
      unitsResponseSchema,
    );
    expect(communes.units.length).toBeGreaterThan(0);
    expect(communes.units.every((unit) => unit.parentCode === district?.code)).toBe(true);

    const all = await getJson(
      '/api/reference/units?parent=30&at=2022-03-15&level=commune',
      unitsResponseSchema,
    );
    expect(all.units).toHaveLength(207);
  });

  it('does not find a pre-2025 district among the units in force today', async () => {
    const response = await get(`/api/reference/units?parent=288`, 'en');
    expect(response.status).toBe(404);
    expect(errorResponseSchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it('requires the parent and checks its form', async () => {
    await expectFieldError('/api/reference/units', 'parent');
    await expectFieldError('/api/reference/units?parent=4', 'parent');
  });
});

describe('search', () => {
  it('finds Hà Tĩnh from "ha tinh", without diacritics', async () => {
    const body = await getJson('/api/reference/units/search?q=ha%20tinh', unitSearchResponseSchema);
    expect(body.units[0]).toMatchObject({ name: 'Hà Tĩnh', level: 'province', era: '2025' });
  });

  it('finds Đống Đa from "dong da" and says where it lies', async () => {
    const body = await getJson('/api/reference/units/search?q=dong%20da&limit=5', unitSearchResponseSchema);
    expect(body.units.length).toBeLessThanOrEqual(5);
    expect(body.units[0]).toMatchObject({ label: 'Phường Đống Đa' });
    expect(body.units[0]?.within.map((unit) => unit.name)).toEqual(['Hà Nội']);
  });

  it('searches the old units on an old date, within one province when asked', async () => {
    const body = await getJson(
      '/api/reference/units/search?q=hai%20duong&at=2022-06-01&level=province',
      unitSearchResponseSchema,
    );
    expect(body.era).toBe('pre-2025');
    expect(body.units.map((unit) => unit.label)).toEqual(['Tỉnh Hải Dương']);

    const inProvince = await getJson(
      '/api/reference/units/search?q=cam%20thuong&at=2022-06-01&province=30',
      unitSearchResponseSchema,
    );
    expect(inProvince.units[0]).toMatchObject({ code: '10507', provinceCode: '30' });
    expect(inProvince.units[0]?.within.map((unit) => unit.level)).toEqual(['district', 'province']);
    expect(inProvince.units.every((unit) => unit.provinceCode === '30')).toBe(true);
  });

  it.each([
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    ['q=ha&limit=0', 'limit'],
    ['q=ha&limit=101', 'limit'],
    ['q=ha&limit=ten', 'limit'],
    ['q=ha&at=2022-13-01', 'at'],
  ])('refuses %s, naming the field %s', async (query, field) => {
    await expectFieldError(`/api/reference/units/search?${query}`, field);
  });
});

describe('one unit and its province today', () => {
  it('maps the old province of Hải Dương to Hải Phòng', async () => {
    const body = await getJson('/api/reference/units/pre-2025/30', unitDetailSchema, 'en');
    expect(body).toMatchObject({ name: 'Hải Dương', validTo: '2025-06-30' });
    expect(body.currentProvinces.map((unit) => unit.label)).toEqual(['Haiphong City']);
    expect(body.successors).toEqual([
      expect.objectContaining({ kind: 'whole', kindLabel: 'Merged as a whole', basis: 'province-table' }),
    ]);
  });

  it('maps a 2022 ward of Hải Dương to its successor in Hải Phòng, with the official note', async () => {
    const body = await getJson('/api/reference/units/pre-2025/10507', unitDetailSchema);
    expect(body.within.map((unit) => unit.level)).toEqual(['district', 'province']);
    expect(body.currentProvinces.map((unit) => unit.name)).toEqual(['Hải Phòng']);
    expect(body.successors).toHaveLength(1);
    expect(body.successors[0]).toMatchObject({
      note: 'Nhập toàn bộ',
      kind: 'whole',
      basis: 'commune-table',
      unit: { era: '2025', provinceCode: '31' },
    });
  });

  it('says what a 2025 province was made of', async () => {
    const body = await getJson('/api/reference/units/2025/31', unitDetailSchema);
    expect(body.predecessors.map((link) => link.unit.name).sort()).toEqual(['Hải Dương', 'Hải Phòng']);
    expect(body.currentProvinces.map((unit) => unit.code)).toEqual(['31']);
    expect(body.successors).toEqual([]);
  });

  it('keeps an unchanged province as unchanged', async () => {
    const body = await getJson('/api/reference/units/pre-2025/42', unitDetailSchema, 'en');
    expect(body.successors.map((link) => [link.unit.name, link.kind])).toEqual([['Hà Tĩnh', 'unchanged']]);
  });

  it('answers an unknown unit with 404 in the error shape, in the caller’s language', async () => {
    const response = await get('/api/reference/units/2025/99999', 'vi');
    expect(response.status).toBe(404);
    const body = errorResponseSchema.parse(await response.json());
    expect(body.error).toMatchObject({ code: 'not_found', message: 'Không tìm thấy nội dung bạn yêu cầu.' });
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('refuses an unknown era and a malformed code', async () => {
    await expectFieldError('/api/reference/units/2030/30', 'era');
    await expectFieldError('/api/reference/units/2025/3x', 'code');
  });
});

describe('API description', () => {
  it('documents every reference route under one tag', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; parameters?: { name: string }[] }>>;
    };
    const referencePaths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/reference/'));
    expect(referencePaths.sort()).toEqual([
      '/api/reference/countries',
      '/api/reference/languages',
      '/api/reference/provinces',
      '/api/reference/units',
      '/api/reference/units/search',
      '/api/reference/units/{era}/{code}',
      '/api/reference/vocabularies',
      '/api/reference/vocabularies/{id}',
    ]);
    for (const path of referencePaths) expect(doc.paths[path]?.get?.tags).toEqual(['Reference data']);
    expect(doc.paths['/api/reference/units/search']?.get?.parameters?.map((p) => p.name)).toEqual([
      'q',
      'at',
      'province',
      'level',
      'limit',
    ]);
  });
});

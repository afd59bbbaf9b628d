import { serviceSearchSchema } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { entry, fieldErrors, publish } from './test-directory';

// "Who can provide psychological support to a 16-year-old girl in Nghệ An (40)?" over agencies that cover
// the province or not, take her in or not, and have room or not.
const PSY = 'vn.Psychological';
const agenciesWithPsychology: Array<[string, string, Record<string, unknown>]> = [
  ['TT CTXH Nghệ An', '40', { capacityTotal: 10, capacityFree: 2 }],
  ['Nhà Bình Yên', '40', { capacityTotal: 8, capacityFree: 5, acceptsForeigners: false }],
  ['TT CTXH Hà Tĩnh', '42', { provinceCodes: ['40', '42'], languages: ['khm'] }],
  ['Bệnh viện Nghệ An', '40', { capacityTotal: 3, capacityFree: 0 }],
  ['Hội LHPN Nghệ An', '40', { sexes: ['Feminine'], minAge: 18 }],
  ['Tổ chức Hà Nội', '01', { capacityTotal: 9, capacityFree: 9 }],
  ['Trung tâm đã giải thể', '40', { capacityTotal: 9, capacityFree: 9 }],
];

describe(`searching the service directory (${testEngine})`, () => {
  let t: TestApp;
  let screener: TestUser;
  const as = signedInClients(() => t, TestClient);

  const search = async (query: string, client?: TestClient) => {
    const response = await (client ?? (await as(screener))).request(
      'GET',
      `/api/directory/services?${query}`,
    );
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return serviceSearchSchema.parse(response.json);
  };
  const ranked = async (query: string) =>
    (await search(query)).matches.map((match) => [match.agency.name, match.misfits]);

  beforeAll(async () => {
    t = await createTestApp();
    for (const [index, [name, province, change]] of agenciesWithPsychology.entries()) {
      const agency = await t.createAgency(name, province);
      const user = await t.createUser(`provider.${index}`, agency, ['service_provider']);
      await publish(await as(user), PSY, entry(change));
    }
    await publish(
      await as(
        await t.createUser('provider.shelter', await t.createAgency('Nhà tạm lánh', '40'), [
          'service_provider',
        ]),
      ),
      'vn.Shelter',
      entry(),
    );
    await t.testDb.asOwner(async (owner) => {
      await owner.query(`update agencies set disabled_at = now() where name = 'Trung tâm đã giải thể'`);
      await recordSystemAudit(owner, { action: 'test.agency_disable', resourceType: 'agency' });
    });
    // A border-guard screener finds shelter for tonight: screeners read the directory.
    screener = await t.createUser(
      'bp.screener',
      await t.createAgency('Đồn Biên phòng', '40', 'border_guard_post'),
      ['frontline_screener'],
    );
  }, 120_000);
  afterAll(() => t.close());

  it('ranks covering the province first, then eligible, then by free places (most, unknown, full), then name', async () => {
    expect(await ranked(`service=${PSY}&province=40&age=16&sex=Feminine`)).toEqual([
      ['Nhà Bình Yên', []],
      ['TT CTXH Nghệ An', []],
      ['TT CTXH Hà Tĩnh', []],
      ['Bệnh viện Nghệ An', ['no_capacity']],
      ['Hội LHPN Nghệ An', ['age']],
      ['Tổ chức Hà Nội', ['outside_area']],
    ]);
  });

  it('flags nationality and language as near misses, and a foreigner is ranked to those who take foreigners', async () => {
    expect(await ranked(`service=${PSY}&province=40&foreign=true&language=khm`)).toEqual([
      // Free places weigh more than the language (an interpreter can be sent; a bed cannot).
      ['TT CTXH Nghệ An', ['language']],
      ['TT CTXH Hà Tĩnh', []],
      ['Hội LHPN Nghệ An', ['language']],
      ['Bệnh viện Nghệ An', ['no_capacity', 'language']],
      ['Nhà Bình Yên', ['nationality', 'language']],
      ['Tổ chức Hà Nội', ['outside_area', 'language']],
    ]);
  });

  it('returns each entry with what a caller needs to decide and to get in touch', async () => {
    const [first] = (await search(`service=${PSY}&province=40&age=16&sex=Feminine`)).matches;
    expect(first).toMatchObject({
      agency: { name: 'Nhà Bình Yên', typeCode: 'social_work_centre', provinceCode: '40' },
      service: {
        serviceCode: PSY,
        servesOwnProvince: true,
        capacityTotal: 8,
        capacityFree: 5,
        acceptsForeigners: false,
        hours: 'Thứ 2–6, 7:30–17:00',
        contactPhone: '0238 3 123 456',
      },
    });
  });

  it('without a service lists every service of active agencies; the page is bounded', async () => {
    const all = await search('province=40');
    expect(all.matches).toHaveLength(7);
    expect(all.matches.map((match) => match.service.serviceCode)).toContain('vn.Shelter');
    const page = await search('limit=2');
    expect(page).toMatchObject({ hasMore: true });
    expect(page.matches).toHaveLength(2);
  });

  it('refuses unknown codes, a pre-2025 province and a limit above 100 with the fields named', async () => {
    const client = await as(screener);
    const bad = await client.request(
      'GET',
      '/api/directory/services?service=vn.Spa&sex=Robot&province=02&language=qqq',
    );
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.json)).toEqual([
      { field: 'service', code: 'invalid_value' },
      { field: 'sex', code: 'invalid_value' },
      { field: 'language', code: 'invalid_value' },
      { field: 'province', code: 'replaced_province' },
    ]);
    for (const query of ['limit=101', 'age=abc', 'age=200', 'foreign=yes'])
      expect((await client.request('GET', `/api/directory/services?${query}`)).status, query).toBe(400);
  });
});

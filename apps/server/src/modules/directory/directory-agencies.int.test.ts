import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';

// Choosing whom to share a case with: a new user typed "phu nu lao cai" and "hoi phu nu" and found nothing,
// because the words are not next to each other in "Hội Liên hiệp Phụ nữ tỉnh Lào Cai".
describe(`finding an agency to share with (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  const as = signedInClients(() => t, TestClient);

  const names = async (query: string) => {
    const response = await (await as(worker)).request('GET', `/api/directory/agencies?${query}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return (response.json as Array<{ name: string }>).map((agency) => agency.name).sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.createAgency('Hội Liên hiệp Phụ nữ tỉnh Lào Cai', '15', 'womens_union_one_stop');
    await t.createAgency('Hội Liên hiệp Phụ nữ tỉnh Nghệ An', '40', 'womens_union_one_stop');
    await t.createAgency('Trung tâm Công tác xã hội Lào Cai', '15', 'social_work_centre');
    await t.createAgency('Đồn Biên phòng Bát Xát', '15', 'border_guard_post');
    worker = await t.createUser(
      'share.worker',
      await t.createAgency('Công an xã Cốc Lếu', '15', 'commune_police'),
      ['case_worker'],
    );
  }, 120_000);
  afterAll(() => t.close());

  it('finds the agency by every word, wherever the words are, without diacritics', async () => {
    expect(await names('q=phu%20nu%20lao%20cai')).toEqual(['Hội Liên hiệp Phụ nữ tỉnh Lào Cai']);
    expect(await names('q=hoi%20phu%20nu')).toEqual([
      'Hội Liên hiệp Phụ nữ tỉnh Lào Cai',
      'Hội Liên hiệp Phụ nữ tỉnh Nghệ An',
    ]);
  });

  it('reads words in the type and the province name, and đ as d', async () => {
    expect(await names('q=don%20bien%20phong%20lao%20cai')).toEqual(['Đồn Biên phòng Bát Xát']);
    expect(await names('q=social%20work%20lao%20cai')).toEqual(['Trung tâm Công tác xã hội Lào Cai']);
    expect(await names('q=phu%20nu%20ha%20tinh')).toEqual([]);
  });

  it('refuses an over-long search with a field error, not a 500', async () => {
    const response = await (await as(worker)).request('GET', `/api/directory/agencies?q=${'a'.repeat(101)}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('q');
  });
});

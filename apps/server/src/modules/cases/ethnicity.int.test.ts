import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

const consent = {
  purpose: 'services',
  method: 'signed_form',
  language: 'vie',
  obtainedOn: '2026-11-20',
  givenBy: 'person',
};

function registration(fullName: string, dateOfBirth: string, profile: Record<string, unknown>) {
  return {
    person: { identity: { fullName, dateOfBirth }, profile: { languages: ['vie'], ...profile } },
    case: { receivedOn: '2026-11-20', intakeRoute: 'vn.Rescued' },
    consents: [consent],
  };
}

describe(`ethnicity in the person profile (${testEngine})`, () => {
  let t: TestApp;
  let client: TestClient;

  const storedEthnicity = async () =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ ethnicity: string | null }>('select ethnicity from persons order by created_at'),
      )
    ).rows.map((row) => row.ethnicity);

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Lào Cai', '15');
    const worker = await t.createUser('worker', centre, ['case_worker']);
    client = new TestClient(t.app);
    expect((await client.signIn(worker)).status).toBe(200);
  }, 60_000);
  afterAll(() => t.close());

  it('stores a GSO code and gives it back in the case’s profile; no answer stays empty', async () => {
    const mong = await client.request(
      'POST',
      '/api/cases',
      registration('Giàng Thị Mỷ', '2001-04-09', { ethnicity: '08', homeProvinceCode: '15' }),
    );
    expect(mong.status, JSON.stringify(mong.json)).toBe(201);
    const read = await client.request('GET', `/api/cases/${mong.json.id}`);
    expect(read.json.profile.ethnicity).toBe('08');

    const silent = await client.request(
      'POST',
      '/api/cases',
      registration('Trần Văn Hùng', '1995-10-02', {}),
    );
    expect(silent.status, JSON.stringify(silent.json)).toBe(201);
    expect(
      (await client.request('GET', `/api/cases/${silent.json.id}`)).json.profile.ethnicity,
    ).toBeUndefined();
    expect(await storedEthnicity()).toEqual(['08', null]);
  });

  it.each([
    ['a code the list does not have', '99'],
    ['a name instead of a code', 'Kinh'],
  ])('refuses %s with a localised 400 naming the field, and stores nothing', async (_, ethnicity) => {
    const before = await storedEthnicity();
    const refused = await client.request(
      'POST',
      '/api/cases',
      registration('Lò Văn Pấng', '1990-01-15', { ethnicity }),
      { 'Accept-Language': 'vi' },
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.details).toContainEqual({
      field: 'person.profile.ethnicity',
      code: 'invalid_value',
      message: 'Giá trị không nằm trong danh sách cho phép.',
    });
    expect(await storedEthnicity()).toEqual(before);
  });

  it('the database refuses a value that is not a two-digit code, whatever wrote it', async () => {
    const attempt = t.testDb.asOwner((o) => o.query(`update persons set ethnicity = 'Kinh'`));
    await expect(attempt).rejects.toThrow(/persons_ethnicity_gso_code/);
    expect(await storedEthnicity()).toEqual(['08', null]);
  });
});

import { errorResponseSchema, vocabularyResponseSchema } from '@lantern/domain';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';

// What the local-value test files share: the database and its administrator, the value they add first,
// and the ways they read back what was stored and audited.

export let t: TestApp;
export let admin: TestClient;
export let adminUser: TestUser;

/** A database with one system administrator, signed in as `admin`, for the file that calls it. */
export function useLocalValuesWorld() {
  beforeAll(setUp, 60_000);
  afterAll(() => t?.close());
}

async function setUp() {
  t = await createTestApp();
  const agency = await t.createAgency('Ministry', '01', 'ministry');
  adminUser = await t.createUser('vocab.admin', agency, ['system_admin']);
  admin = new TestClient(t.app);
  expect((await admin.signIn(adminUser)).status).toBe(200);
}

export const shopee = {
  code: 'local.Shopee',
  labels: { vi: 'Shopee', en: 'Shopee', ar: 'شوبي' },
  description: { vi: 'Sàn thương mại điện tử', en: 'Online marketplace', ar: '' },
};
export const base = (vocabulary: string) => `/api/admin/vocabularies/${vocabulary}/local-values`;

export async function publicVocabulary(id: string, language = 'en') {
  const response = await t.app.request(`/api/reference/vocabularies/${id}`, {
    headers: { 'Accept-Language': language },
  });
  expect(response.status).toBe(200);
  return vocabularyResponseSchema.parse(await response.json());
}

export const storedCount = async () =>
  Number(
    (await t.testDb.asOwner((o) => o.query('select count(*)::int as n from vocabulary_local_values'))).rows[0]
      ?.n ?? 0,
  );

export const auditEvents = (action: string) =>
  t.testDb.asOwner(
    async (o) =>
      (
        await o.query<{ actor_user_id: string; resource_id: string; details: Record<string, unknown> }>(
          'select actor_user_id, resource_id, details from audit_events where action = $1 order by seq',
          [action],
        )
      ).rows,
  );

export function fieldErrors(json: unknown) {
  return (errorResponseSchema.parse(json).error.details ?? []).map(({ field, code }) => ({ field, code }));
}

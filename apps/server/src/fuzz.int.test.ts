import { errorResponseSchema, seedRoles } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccess, routeKey } from './access/route-access';
import { PNG, registerCase, registration, upload, witnessedConsent } from './modules/case-work/test-fixtures';
import { type FuzzRequest, fuzzCorpus, type OpenApiDocument } from './test-support/fuzz-corpus';
import { createTestApp, type TestApp, TestClient } from './test-support/test-app';
import { testEngine } from './test-support/test-database';

/**
 * Every operation of the served OpenAPI document × malformed bodies and parameters answers 4xx in the
 * documented error shape (or 2xx where the input happens to be acceptable), never 5xx, and the server is
 * still ready afterwards. CI runs the quick corpus; LANTERN_FUZZ=full runs every value on every field.
 */
const MODE = process.env.LANTERN_FUZZ === 'full' ? 'full' : 'quick';
const SEED = Number(process.env.LANTERN_FUZZ_SEED ?? 20261204);
const ALL_ROLES = seedRoles.map((r) => r.code);

let t: TestApp;
let doc: OpenApiDocument;
let home = '';
const records: Record<string, string> = {};
let session = { cookie: '', csrf: '' };
let fuzzers = 0;

/** A fresh user holding every role; each signs in once (a TOTP code is single-use per user). */
async function signInFuzzer() {
  fuzzers += 1;
  const user = await t.createUser(`fuzzer.${fuzzers}`, home, ALL_ROLES);
  const client = new TestClient(t.app);
  const signedIn = await client.signIn(user);
  expect(signedIn.status, JSON.stringify(signedIn.json)).toBe(200);
  session = { cookie: client.cookie ?? '', csrf: client.csrfToken ?? '' };
  return client;
}

async function send(request: FuzzRequest, signedIn: boolean) {
  const headers: Record<string, string> = { 'Accept-Language': 'en' };
  if (signedIn) {
    headers.Cookie = `lantern_session=${session.cookie}`;
    if (request.method !== 'GET') headers['X-CSRF-Token'] = session.csrf;
  }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  return t.app.request(request.url, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
}

/** What is wrong with an answer, or null: a 5xx, or an error not in the documented shape. */
async function problemWith(response: Response): Promise<string | null> {
  if (response.status >= 500) return `${response.status} ${await response.text()}`;
  if (response.status < 400) {
    await response.body?.cancel();
    return null;
  }
  const text = await response.text();
  try {
    const parsed = errorResponseSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return `${response.status} not in the error shape: ${text.slice(0, 200)}`;
    if (!parsed.data.error.message) return `${response.status} without a message`;
    return null;
  } catch {
    return `${response.status} not JSON: ${text.slice(0, 200)}`;
  }
}

const stillSignedIn = async () =>
  (await t.app.request('/api/auth/session', { headers: { Cookie: `lantern_session=${session.cookie}` } }))
    .status === 200;

async function runCorpus(corpus: FuzzRequest[], signedIn: boolean) {
  const problems: string[] = [];
  const statuses: Record<number, number> = {};
  for (const request of corpus) {
    const response = await send(request, signedIn);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const problem = await problemWith(response);
    if (problem) problems.push(`${request.method} ${request.operation} [${request.label}]: ${problem}`);
    // Some requests end the session (sign-out, a revoked session): go on as a fresh user.
    if (signedIn && response.status === 401 && !(await stillSignedIn())) await signInFuzzer();
  }
  return { problems, statuses };
}

/** Known-good bodies, so that one broken field gets past the other fields' checks to the deeper code. */
const bodies = () => ({
  'POST /api/auth/sign-in': { username: 'fuzz.nobody', password: 'not the password' },
  'POST /api/cases': registration('Phạm Thị Fuzz'),
  'POST /api/cases/{id}/consents': witnessedConsent,
  'POST /api/cases/{id}/notes': { body: 'Fuzz note' },
  'POST /api/cases/{id}/tasks': { title: 'Fuzz task', dueOn: '2030-01-01' },
  'POST /api/cases/{id}/shares': { agencyId: records.agency, purpose: 'services' },
  'POST /api/persons/match': { fullName: 'Nguyen Thi Lan', birthYear: 1998 },
  'POST /api/access/break-glass': {
    resourceType: 'case',
    resourceId: records.case,
    reason: 'Urgent safety concern reported by the shelter tonight',
  },
  'POST /api/admin/agencies': { name: 'Fuzz agency', typeCode: 'ngo', provinceCode: '42' },
  'POST /api/admin/users': {
    username: 'fuzz.created',
    displayName: 'Fuzz Created',
    agencyId: records.agency,
    roles: ['case_worker'],
  },
  'POST /api/screenings': {
    screenedAt: '2026-11-20T08:00:00.000Z',
    consentToInterview: true,
    interviewLanguage: 'vie',
    interpreterUsed: false,
    responses: [
      { instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } },
    ],
  },
});

/** Real records the fuzzing user can reach (another agency's for administration), by route and name. */
function pathValue(operation: string, name: string): string | undefined {
  if (operation.startsWith('/api/admin/agencies/')) return records.agency;
  if (operation.startsWith('/api/admin/users/')) return records.user;
  if (operation.startsWith('/api/admin/vocabularies/'))
    return name === 'id' ? 'online-platform' : 'local.FuzzProbe';
  if (operation.startsWith('/api/instruments/')) return name === 'id' ? 'act-means-purpose' : '1';
  if (operation.startsWith('/api/screenings/')) return records.screening;
  if (operation === '/api/reference/vocabularies/{id}') return 'online-platform';
  if (operation.startsWith('/api/cases/')) return records[name === 'id' ? 'case' : name];
  return undefined;
}

beforeAll(async () => {
  t = await createTestApp();
  home = await t.createAgency('Fuzz home agency', '15');
  records.agency = await t.createAgency('Fuzz target agency', '91');
  records.user = (await t.createUser('fuzz.target', records.agency, ['case_worker'])).id;
  const client = await signInFuzzer();
  records.case = await registerCase(client, 'Lê Thị Fuzz');
  const at = (path: string, body: unknown) =>
    client.request('POST', `/api/cases/${records.case}${path}`, body);
  records.consentId = (await at('/consents', witnessedConsent)).json.id;
  records.taskId = (await at('/tasks', { title: 'Fuzz task' })).json.id;
  records.shareId = (await at('/shares', { agencyId: records.agency, purpose: 'services' })).json?.id;
  records.attachmentId = (
    await upload(t.app, client, records.case, { content: PNG, name: 'fuzz.png' })
  ).json.id;
  records.screening = (
    await client.request('POST', '/api/screenings', bodies()['POST /api/screenings'])
  ).json.id;
  await client.request('POST', '/api/admin/vocabularies/online-platform/local-values', {
    code: 'local.FuzzProbe',
    labels: { vi: 'Kênh thử', en: 'Fuzz channel', ar: 'قناة اختبار' },
  });
  doc = (await (await t.app.request('/api/openapi.json')).json()) as OpenApiDocument;
}, 120_000);
afterAll(() => t.close());

describe(`malformed input on every route (${testEngine}, ${MODE} corpus)`, () => {
  it(
    'never answers 5xx, always in the error shape, as a user holding every role',
    async () => {
      const corpus = fuzzCorpus(doc, { mode: MODE, seed: SEED, pathValue, bodies: bodies() });
      // Sign-out last, so the rest of the corpus runs in one session.
      corpus.sort(
        (a, b) => Number(a.operation === '/api/auth/sign-out') - Number(b.operation === '/api/auth/sign-out'),
      );
      expect(new Set(corpus.map((r) => `${r.method} ${r.operation}`)).size).toBeGreaterThanOrEqual(70);
      const { problems, statuses } = await runCorpus(corpus, true);
      if (MODE === 'full')
        console.info(`fuzz ${testEngine}: ${corpus.length} requests ${JSON.stringify(statuses)}`);
      expect(problems).toEqual([]);
      expect(statuses[400], 'the corpus is refused as invalid input').toBeGreaterThan(corpus.length / 3);
    },
    MODE === 'full' ? 3_600_000 : 240_000,
  );

  it(
    'never answers 5xx on the public routes, not signed in',
    async () => {
      const isPublic = (r: FuzzRequest) =>
        routeAccess.get(routeKey(r.method, r.operation))?.kind === 'public';
      const corpus = fuzzCorpus(doc, { mode: MODE, seed: SEED + 1, pathValue, bodies: bodies() }).filter(
        isPublic,
      );
      expect(corpus.some((r) => r.operation === '/api/auth/sign-in')).toBe(true);
      const { problems } = await runCorpus(corpus, false);
      expect(problems).toEqual([]);
    },
    MODE === 'full' ? 3_600_000 : 60_000,
  );

  it('is still ready afterwards', async () => {
    const response = await t.app.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });
});

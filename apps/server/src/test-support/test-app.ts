import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createApp, type LanternApp } from '../app';
import { recordSystemAudit } from '../audit/system-audit';
import { hashPassword } from '../auth/passwords';
import { timeStep, totpAt } from '../auth/totp';
import { openKeyRing } from '../db/data-keys';
import { loadMigrations } from '../db/migrations';
import { newId } from '../lib/ids';
import { createLogger } from '../lib/logger';
import type { SessionSettings } from '../lib/router';

import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_PASSWORD = 'a long test passphrase';

export interface TestUser {
  id: string;
  username: string;
  agencyId: string;
  totpSecret: string;
}

/** An app over a fresh database, with helpers to make agencies and users as the system would. */
export async function createTestApp(options: { demo?: boolean; sessions?: Partial<SessionSettings> } = {}) {
  const testDb: TestDatabase = await createTestDatabase();
  const masterKey = randomBytes(32);
  const secrets = await openKeyRing(testDb.database, masterKey);
  const app: LanternApp = createApp({
    database: testDb.database,
    // LANTERN_TEST_LOG=error shows what a failing request logged.
    logger: createLogger((process.env.LANTERN_TEST_LOG as 'error' | undefined) ?? 'silent'),
    migrations: loadMigrations(),
    keys: secrets,
    demo: options.demo ?? false,
    ...(options.sessions ? { sessions: options.sessions } : {}),
  });
  const passwordHash = await hashPassword(TEST_PASSWORD);

  async function createAgency(
    name: string,
    provinceCode = '01',
    typeCode = 'social_work_centre',
  ): Promise<string> {
    const id = newId();
    await testDb.asOwner(async (owner) => {
      await owner.query('insert into agencies (id, name, type_code, province_code) values ($1, $2, $3, $4)', [
        id,
        name,
        typeCode,
        provinceCode,
      ]);
      await recordSystemAudit(owner, { action: 'test.agency', resourceType: 'agency', resourceId: id });
    });
    return id;
  }

  /** A user with a password and an enrolled authenticator whose secret the test knows. */
  async function createUser(
    username: string,
    agencyId: string,
    roles: string[],
    extra: { demo?: boolean } = {},
  ): Promise<TestUser> {
    const id = newId();
    const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await testDb.asOwner(async (owner) => {
      await owner.query(
        `insert into users (id, agency_id, username, display_name, password_hash, totp_secret, totp_enrolled_at, demo)
         values ($1, $2, $3, $4, $5, $6, now(), $7)`,
        [
          id,
          agencyId,
          username,
          username,
          passwordHash,
          secrets.seal(totpSecret, `totp:${id}`),
          extra.demo ?? false,
        ],
      );
      for (const role of roles) {
        await owner.query(
          'insert into user_roles (user_id, role_id) select $1, id from roles where code = $2',
          [id, role],
        );
      }
      await recordSystemAudit(owner, { action: 'test.user', resourceType: 'user', resourceId: id });
    });
    return { id, username, agencyId, totpSecret };
  }

  return { app, testDb, secrets, createAgency, createUser, close: () => testDb.close() };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A browser-like client: keeps the session cookie and sends the CSRF token on changes. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(
    private readonly app: LanternApp,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) {
    const headers: Record<string, string> = { 'Accept-Language': 'en', ...this.headers, ...extraHeaders };
    if (this.cookie) headers.Cookie = `lantern_session=${this.cookie}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken && !('X-CSRF-Token' in extraHeaders))
      headers['X-CSRF-Token'] = this.csrfToken;
    const response = await this.app.request(path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = response.headers.get('set-cookie');
    const matches = [...(setCookie ?? '').matchAll(/lantern_session=([^;]*)/g)];
    const last = matches.at(-1);
    if (last) this.cookie = last[1] || null;
    const text = await response.text();
    const json = text ? parsedOrUndefined(text) : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    const headerToken = response.headers.get('x-csrf-token');
    if (headerToken) this.csrfToken = headerToken;
    return { status: response.status, json, text, headers: response.headers };
  }

  /** Password, then the authenticator code of the current time step: a fully signed-in session. */
  async signIn(user: { username: string; totpSecret: string }, password = TEST_PASSWORD, at = new Date()) {
    const first = await this.request('POST', '/api/auth/sign-in', { username: user.username, password });
    if (first.status !== 200) return first;
    if (first.json.stage !== 'mfa_required') return first;
    return this.request('POST', '/api/auth/mfa/verify', { code: totpAt(user.totpSecret, timeStep(at)) });
  }
}

/** A client signed in as `user` with both factors; the test stops here if the sign-in is refused. */
export async function signedInClient(app: LanternApp, user: TestUser): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.signIn(user)).status).toBe(200);
  return client;
}

/** The first sign-in step with a password, from a fresh browser: says what stage the account's sign-in is at. */
export function signInWithPassword(app: LanternApp, username: string, password = TEST_PASSWORD) {
  return new TestClient(app).request('POST', '/api/auth/sign-in', { username, password });
}

/** A file answered by a route (a CSV export) is not JSON: its text is kept, its json left undefined. */
function parsedOrUndefined(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorResponseSchema } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LanternApp } from './app';
import { openKeyRing } from './db/data-keys';
import { loadMigrations } from './db/migrations';
import type { KeyRing } from './lib/key-ring';
import { createLogger } from './lib/logger';
import { createTestDatabase, type TestDatabase, testEngine } from './test-support/test-database';

let testDb: TestDatabase;
let keys: KeyRing;
let app: LanternApp;
let webDir: string;
const logLines: string[] = [];

const signIn = (body: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

beforeAll(async () => {
  testDb = await createTestDatabase();
  webDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Lantern test page</title>');
  writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(os.tmpdir(), 'lantern-secret.txt'), 'outside the web folder');
  keys = await openKeyRing(testDb.database, randomBytes(32));
  const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
  app = createApp({
    database: testDb.database,
    logger,
    migrations: loadMigrations(),
    webDir,
    keys,
  });
  app.get('/api/test/explode', () => {
    throw new Error('internal detail: Nguyễn Thị Lan, 0912345678');
  });
  // What node-postgres throws when the database gives up on a transaction, as drizzle hands it on.
  app.get('/api/test/deadlock', () => {
    throw new Error('Failed query: update cases …', {
      cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    });
  });
  app.get('/api/test/no-connection', () => {
    throw new Error('timeout exceeded when trying to connect');
  });
});
afterAll(async () => {
  await testDb.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe(`health and readiness (${testEngine})`, () => {
  it('answers liveness', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready on a migrated database and names the engine', async () => {
    const response = await app.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready',
      engine: testEngine,
      checks: { database: 'ok', migrations: { status: 'current', pending: 0 } },
    });
  });

  it('is not ready when this build expects a migration the database lacks', async () => {
    const newer = [...loadMigrations(), { tag: '9999_future', sha256: 'x', statements: ['select 1'] }];
    const newerApp = createApp({
      database: testDb.database,
      logger: createLogger('silent'),
      migrations: newer,
      keys,
    });
    const response = await newerApp.request('/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'not_ready',
      checks: { migrations: { pending: 1 } },
    });
  });
});

describe('errors', () => {
  it('names each invalid field, in Vietnamese by default', async () => {
    const response = await signIn(JSON.stringify({ username: '' }));
    expect(response.status).toBe(400);
    const body = errorResponseSchema.parse(await response.json());
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toMatch(/chưa hợp lệ/);
    expect(body.error.details?.map((d) => [d.field, d.code])).toEqual([
      ['username', 'required'],
      ['password', 'required'],
    ]);
    expect(body.error.details?.[0]?.message).toBe('Vui lòng nhập thông tin này.');
  });

  it.each([
    ['en-GB,en;q=0.9', 'Please fill in this field.'],
    ['ar', 'يُرجى ملء هذا الحقل.'],
  ])('answers in the language of Accept-Language %s', async (language, expected) => {
    const response = await signIn(JSON.stringify({ username: 'officer' }), { 'Accept-Language': language });
    const body = errorResponseSchema.parse(await response.json());
    expect(body.error.details).toEqual([{ field: 'password', code: 'required', message: expected }]);
  });

  it('explains malformed JSON instead of failing', async () => {
    const response = await signIn('{"username": ', { 'Accept-Language': 'en' });
    expect(response.status).toBe(400);
    expect(errorResponseSchema.parse(await response.json()).error).toMatchObject({ code: 'malformed_json' });
  });

  it('refuses an oversized body with 413', async () => {
    const response = await signIn(JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(errorResponseSchema.parse(await response.json()).error.code).toBe('payload_too_large');
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const response = await app.request('/api/no-such-thing', { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(404);
    expect(errorResponseSchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it('hides an unexpected failure behind a generic message with a reference, and logs no personal data', async () => {
    const response = await app.request('/api/test/explode', { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(500);
    const text = await response.text();
    const requestId = response.headers.get('x-request-id') as string;
    expect(JSON.parse(text).error).toMatchObject({ code: 'internal', requestId });
    expect(JSON.parse(text).error.message).toContain(requestId);
    expect(text).not.toMatch(/Nguyễn|internal detail|\bat\s/);
    const logged = logLines.filter((line) => line.includes(requestId));
    expect(logged.some((line) => line.includes('request failed'))).toBe(true);
    expect(logged.join('\n')).not.toMatch(/Nguyễn|0912345678/);
  });

  it('tells the user to try again when the database is too busy, not that the server failed', async () => {
    for (const route of ['/api/test/deadlock', '/api/test/no-connection']) {
      const response = await app.request(route, { headers: { 'Accept-Language': 'vi' } });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const { error } = errorResponseSchema.parse(await response.json());
      expect(error.code).toBe('busy');
      expect(error.message).toContain('thử lại');
    }
  });

  it('keeps a well-formed incoming request id and replaces a hostile one', async () => {
    const kept = await app.request('/healthz', { headers: { 'X-Request-Id': 'trace-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234abcd');
    const replaced = await app.request('/healthz', {
      headers: { 'X-Request-Id': '"injected":true,"level":60' },
    });
    expect(replaced.headers.get('x-request-id')).not.toContain('injected');
  });
});

describe('logs', () => {
  it('record the route pattern, never the query string', async () => {
    await app.request('/readyz?name=Nguyen%20Thi%20Lan');
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request' && l.route === '/readyz');
    expect(line).toMatchObject({ method: 'GET', status: 200 });
    expect(logLines.join('\n')).not.toMatch(/Nguyen/);
  });
});

describe('security headers', () => {
  it.each(['/healthz', '/', '/api/no-such-thing'])('are set on %s', async (url) => {
    const response = await app.request(url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('API description', () => {
  it('serves an OpenAPI 3.1 document listing the routes', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/auth/sign-in']),
    );
  });

  it('names the vocabulary of every coded field, so an integrator learns the codes before a 400', async () => {
    const text = await (await app.request('/api/openapi.json')).text();
    for (const vocabulary of [
      'gender',
      'ethnicity',
      'vn-intake-route',
      'exploitation-type',
      'online-platform',
    ])
      expect(text).toContain(`GET /api/reference/vocabularies/${vocabulary}`);
  });

  it('serves browsable docs without inline scripts', async () => {
    const response = await app.request('/api/docs');
    const html = await response.text();
    expect(response.status).toBe(200);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/src="\/api\/docs\//);
    const bundle = await app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
  });
});

describe('the web app', () => {
  it.each(['/', '/sign-in', '/status'])('serves the app page at %s', async (url) => {
    const response = await app.request(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Lantern test page');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the app page with 404 for an unknown page, so the app can say "not found"', async () => {
    const response = await app.request('/no/such/page');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Lantern test page');
  });

  it('serves hashed assets as immutable and a missing asset as a 404', async () => {
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the web folder', async () => {
    for (const url of [
      '/..%2flantern-secret.txt',
      '/%2e%2e/lantern-secret.txt',
      '/assets/..%2f..%2flantern-secret.txt',
    ]) {
      const response = await app.request(url);
      expect(await response.text()).not.toContain('outside the web folder');
    }
  });
});

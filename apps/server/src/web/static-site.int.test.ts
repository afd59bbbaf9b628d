import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LanternApp } from '../app';
import { openKeyRing } from '../db/data-keys';
import { loadMigrations } from '../db/migrations';
import { createLogger } from '../lib/logger';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';

let testDb: TestDatabase;
let app: LanternApp;
let webDir: string;

const script = `console.log(${JSON.stringify('Lantern '.repeat(200))});`;
const page = `<!doctype html><title>Lantern test page</title>${'<!-- padding -->'.repeat(50)}`;

/** A built web folder as the build leaves it: brotli and gzip copies beside the text files. */
function writeWithCopies(file: string, content: string) {
  writeFileSync(file, content);
  writeFileSync(`${file}.br`, brotliCompressSync(content));
  writeFileSync(`${file}.gz`, gzipSync(content));
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  webDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  mkdirSync(path.join(webDir, '.vite'));
  writeWithCopies(path.join(webDir, 'index.html'), page);
  writeWithCopies(path.join(webDir, 'assets', 'index-abc123.js'), script);
  writeFileSync(path.join(webDir, 'assets', 'font-abc123.woff2'), 'not compressible');
  writeFileSync(path.join(webDir, 'assets', 'index-abc123.js.map'), '{"sources":["secret.ts"]}');
  writeFileSync(path.join(webDir, '.vite', 'manifest.json'), '{}');
  writeFileSync(path.join(webDir, '.inputs-hash'), 'abc');
  app = createApp({
    database: testDb.database,
    logger: createLogger('warn', { write: () => undefined }),
    migrations: loadMigrations(),
    webDir,
    keys: await openKeyRing(testDb.database, randomBytes(32)),
  });
});
afterAll(async () => {
  await testDb.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });

describe(`serving the built web app compressed (${testEngine})`, () => {
  it('sends the brotli copy of a hashed asset to a browser that takes brotli, cached for a year', async () => {
    const response = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(script);
    // The security headers stay on static files too.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(script);
    expect(plain.headers.get('content-length')).toBe(String(script.length));
  });

  it('sends a file with no compressed copy as it is', async () => {
    const response = await get('/assets/font-abc123.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers 304 to a revalidation with the same ETag, per encoding', async () => {
    const first = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'br' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // The gzip copy is other bytes: the brotli copy's ETag does not validate it.
    const gzip = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(gzip.status).toBe(200);
  });

  it('serves the app page compressed, never cached without revalidation, at known and unknown pages', async () => {
    for (const [url, status] of [
      ['/', 200],
      ['/sign-in', 200],
      ['/no/such/page', 404],
    ] as const) {
      const response = await get(url, { 'Accept-Encoding': 'br' });
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(page);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await app.request('/assets/index-abc123.js', {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe('');
  });

  it('never serves source maps, build metadata or a missing asset', async () => {
    for (const url of [
      '/assets/index-abc123.js.map',
      '/assets/missing.js',
      '/.vite/manifest.json',
      '/.inputs-hash',
      '/assets/%2e%2e/.inputs-hash',
    ]) {
      const response = await get(url, { 'Accept-Encoding': 'br' });
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret.ts');
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isWebRoute } from '@lantern/domain';
import type { MiddlewareHandler } from 'hono';
import type { LanternEnv } from '../lib/router';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside `root`, refusing anything that would step outside it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === root || resolved.startsWith(`${root}${path.sep}`) ? resolved : undefined;
}

/**
 * Serves the built web app. Hashed files under /assets are cached for a year; the index page is never
 * cached so a new release is picked up at once. Known app pages get the index page with 200, anything
 * else the index page with 404 (the app shows its "not found" page).
 */
export function staticSite(webDir: string): MiddlewareHandler<LanternEnv> | undefined {
  const root = path.resolve(webDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) return undefined;
  const indexHtml = readFileSync(indexFile, 'utf8');

  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    const filePath = resolveInside(root, c.req.path);
    if (filePath && filePath !== indexFile && (await stat(filePath).catch(() => undefined))?.isFile()) {
      const type = CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream';
      const immutable = c.req.path.startsWith('/assets/');
      c.header('Content-Type', type);
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      return c.body(await readFile(filePath));
    }
    if (c.req.path.startsWith('/assets/')) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml, isWebRoute(c.req.path) ? 200 : 404);
  };
}

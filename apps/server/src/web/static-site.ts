import { existsSync } from 'node:fs';
import path from 'node:path';
import { isWebRoute } from '@lantern/domain';
import type { Context, MiddlewareHandler } from 'hono';
import type { LanternEnv } from '../lib/router';
import { chooseEncoding, indexStaticFiles, isPublicPath, readVariant, type StaticFile } from './static-files';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Decodes and normalises a URL path; undefined for one that cannot name a file (bad escape, NUL). */
export function normalizeUrlPath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return path.posix.normalize(`/${decoded}`);
}

/** If-None-Match against our (weak) validator, compared weakly as RFC 9110 §13.1.2 asks for GET/HEAD. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

async function send(
  c: Context<LanternEnv>,
  file: StaticFile,
  status: 200 | 404,
  cacheControl: string,
): Promise<Response> {
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'), file.variants);
  const variant = file.variants[encoding] ?? file.variants.identity;
  if (!variant) return c.notFound();
  c.header('Content-Type', file.contentType);
  c.header('Cache-Control', cacheControl);
  // Caches must keep the brotli, gzip and plain copies apart.
  c.header('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  if (status === 200) {
    c.header('ETag', variant.etag);
    if (matchesEtag(c.req.header('If-None-Match'), variant.etag)) return c.body(null, 304);
  }
  c.header('Content-Length', String(variant.size));
  if (c.req.method === 'HEAD') return c.body(null, status);
  return c.body(new Uint8Array(await readVariant(variant)), status);
}

/**
 * Serves the built web app with the brotli or gzip copy the build made beside each file (chosen by
 * Accept-Encoding). Hashed files under /assets are cached for a year; the index page is revalidated on
 * every load (no-cache + ETag) so a new release is picked up at once. Known app pages get the index page
 * with 200, anything else the index page with 404 (the app shows its "not found" page). Source maps and
 * dotfiles are never served.
 */
export function staticSite(webDir: string): MiddlewareHandler<LanternEnv> | undefined {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) return undefined;
  const files = indexStaticFiles(root);
  const indexPage = files.get('/index.html');
  if (!indexPage) return undefined;

  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    const urlPath = normalizeUrlPath(c.req.path);
    if (urlPath === undefined || !isPublicPath(urlPath)) return next();
    const file = urlPath === '/index.html' ? undefined : files.get(urlPath);
    if (file) {
      return send(c, file, 200, urlPath.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600');
    }
    if (urlPath.startsWith('/assets/')) return next();
    return send(c, indexPage, isWebRoute(c.req.path) ? 200 : 404, 'no-cache');
  };
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, isLocale, isWebRoute, supportedLocales } from '@lantern/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { LanternEnv } from '../lib/router';
import { chooseEncoding, indexStaticFiles, isPublicPath, readVariant, type StaticFile } from './static-files';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The sign-in page's language, as the web app remembers it (apps/web/src/features/auth/sign-in-shell.ts). */
const LOCALE_COOKIE = 'lantern-locale';
/** The built pages with the sign-in form pre-rendered, one per language: sent for /sign-in only. */
const SIGN_IN_PAGE = /^\/sign-in\.[a-z]+\.html$/;

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
  vary = 'Accept-Encoding',
): Promise<Response> {
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'), file.variants);
  const variant = file.variants[encoding] ?? file.variants.identity;
  if (!variant) return c.notFound();
  c.header('Content-Type', file.contentType);
  c.header('Cache-Control', cacheControl);
  // Caches must keep the brotli, gzip and plain copies apart (and the sign-in page's languages).
  c.header('Vary', vary);
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
 * with 200, anything else the index page with 404 (the app shows its "not found" page). /sign-in gets the
 * index page with the sign-in form pre-rendered, in the language of the reader's cookie (Vietnamese
 * without one), so the form shows before the app's code has arrived. Source maps and dotfiles are never
 * served.
 */
export function staticSite(webDir: string): MiddlewareHandler<LanternEnv> | undefined {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) return undefined;
  const files = indexStaticFiles(root);
  const indexPage = files.get('/index.html');
  if (!indexPage) return undefined;
  const signInPages = new Map(
    supportedLocales.map((locale) => [locale, files.get(`/sign-in.${locale}.html`)]),
  );
  const signInPage = (c: Context<LanternEnv>) => {
    const cookie = getCookie(c, LOCALE_COOKIE);
    return signInPages.get(isLocale(cookie) ? cookie : defaultLocale);
  };

  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    const urlPath = normalizeUrlPath(c.req.path);
    if (urlPath === undefined || !isPublicPath(urlPath)) return next();
    const file = urlPath === '/index.html' || SIGN_IN_PAGE.test(urlPath) ? undefined : files.get(urlPath);
    if (file) {
      return send(c, file, 200, urlPath.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600');
    }
    if (urlPath.startsWith('/assets/')) return next();
    const shell = urlPath === '/sign-in' ? signInPage(c) : undefined;
    if (shell) return send(c, shell, 200, 'no-cache', 'Accept-Encoding, Cookie');
    return send(c, indexPage, isWebRoute(c.req.path) ? 200 : 404, 'no-cache');
  };
}

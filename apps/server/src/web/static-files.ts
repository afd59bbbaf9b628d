import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

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
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type Encoding = 'br' | 'gzip' | 'identity';

/** The suffix the build gives each pre-compressed copy (see apps/web/vite.config.ts). */
const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

export interface StaticVariant {
  file: string;
  size: number;
  etag: string;
}

export interface StaticFile {
  contentType: string;
  variants: Partial<Record<Encoding, StaticVariant>>;
}

/**
 * Whether a URL path may be served at all: source maps stay private (they are built into a folder outside
 * the web root, and a stray one is still refused), and so do dotfiles such as the build's input stamp.
 */
export function isPublicPath(urlPath: string): boolean {
  return !urlPath.endsWith('.map') && !urlPath.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * Every servable file of the built web app, read once at start-up: a release's files do not change while
 * it runs, so a request costs no stat and no directory walk. Keyed by URL path ("/assets/index-abc.js").
 */
export function indexStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const present = new Set(entries.map((e) => path.join(e.parentPath, e.name)));
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const urlPath = `/${path.relative(root, file).split(path.sep).join('/')}`;
    if (!isPublicPath(urlPath)) continue;
    const variants: StaticFile['variants'] = { identity: variantOf(file) };
    for (const [encoding, suffix] of Object.entries(SUFFIX) as [Encoding, string][]) {
      if (present.has(file + suffix)) variants[encoding] = variantOf(file + suffix);
    }
    files.set(urlPath, {
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      variants,
    });
  }
  return files;
}

function variantOf(file: string): StaticVariant {
  const { size, mtimeMs } = statSync(file);
  // Each encoding has its own bytes, so its own validator (RFC 9110 §8.8.3).
  return { file, size, etag: `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"` };
}

/** The q-value the client gives an encoding in Accept-Encoding (0 when absent or refused). */
function qualityOf(acceptEncoding: string, encoding: string): number {
  let wildcard = 0;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    const value = Number.isFinite(quality) ? quality : 0;
    if (name?.trim() === encoding) return value;
    if (name?.trim() === '*') wildcard = value;
  }
  return wildcard;
}

/** Brotli when the client takes it, else gzip, else the plain file — only among copies the build made. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: StaticFile['variants'],
): Encoding {
  if (acceptEncoding) {
    for (const encoding of ['br', 'gzip'] as const) {
      if (available[encoding] && qualityOf(acceptEncoding, encoding) > 0) return encoding;
    }
  }
  return 'identity';
}

/** The bytes of one variant; read per request (the OS page cache keeps hot files), never held in memory. */
export function readVariant(variant: StaticVariant): Promise<Buffer> {
  return readFile(variant.file);
}

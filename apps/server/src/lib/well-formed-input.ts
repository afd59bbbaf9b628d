import type { FieldError } from '@lantern/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { AppError } from './errors';
import type { LanternEnv } from './router';

/**
 * Deepest JSON nesting any request needs (an instrument definition is the deepest, well under this).
 * Deeper documents are refused before they reach a recursive parser, serialiser or PostgreSQL's jsonb,
 * each of which would fail on them with a stack overflow.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * NUL cannot be stored in a PostgreSQL text or jsonb value (the query fails), and a lone UTF-16 surrogate
 * is either refused by jsonb or silently replaced by U+FFFD in text — so a hash or signature taken over
 * what was sent no longer matches what was stored. Neither has a use in anything a person types.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Keys that, used as property names, reach an object's prototype instead of the object. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The same media types the route validators parse as JSON (hono's validator); anything else is not parsed there. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const FORM_MEDIA_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);
/** One finding is enough to refuse; a few more name the other fields to fix. */
const MAX_FINDINGS = 20;

export const isIllFormedText = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);

type Finding = Pick<FieldError, 'field' | 'code'>;

const fieldOf = (path: readonly (string | number)[], fallback: string) =>
  path.length === 0 ? fallback : path.join('.');

/**
 * Walks a parsed JSON value without recursion (a 1 MiB body can nest half a million levels), stopping at
 * MAX_JSON_DEPTH, and lists every ill-formed string, key and polluting key with its dotted path.
 */
export function findIllFormedJson(value: unknown): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && findings.length < MAX_FINDINGS) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof current === 'string') {
      if (isIllFormedText(current))
        findings.push({ field: fieldOf(path, 'body'), code: 'invalid_characters' });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) {
      findings.push({ field: fieldOf(path, 'body'), code: 'too_deep' });
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      if (isIllFormedText(key)) {
        // The key itself cannot be named safely; its parent is.
        findings.push({ field: fieldOf(path, 'body'), code: 'invalid_characters' });
        continue;
      }
      if (POLLUTING_KEYS.has(key)) {
        findings.push({ field: fieldOf([...path, key], 'body'), code: 'unrecognized' });
        continue;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return findings;
}

/** Query parameters and form fields: named by their key, or by where they came from when the key is the problem. */
function findIllFormedEntries(entries: Iterable<[string, string]>, source: 'query' | 'body'): Finding[] {
  const findings: Finding[] = [];
  for (const [key, value] of entries) {
    if (isIllFormedText(key)) findings.push({ field: source, code: 'invalid_characters' });
    else if (isIllFormedText(value)) findings.push({ field: key, code: 'invalid_characters' });
  }
  return findings;
}

/** The route's own name for each path segment that is a parameter (":id" → "id"), else "path". */
function segmentNames(pattern: string | undefined): string[] {
  return (pattern ?? '')
    .split('/')
    .map((part) => (part.startsWith(':') ? part.slice(1).replace(/[{?].*$/, '') : 'path'));
}

function findIllFormedPath(rawPath: string, pattern: string | undefined): Finding[] {
  const names = segmentNames(pattern);
  return rawPath.split('/').flatMap((segment, index): Finding[] => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return []; // left as written by the router, so it holds no NUL or surrogate
    }
    return isIllFormedText(decoded) ? [{ field: names[index] ?? 'path', code: 'invalid_characters' }] : [];
  });
}

async function findIllFormedBody(c: Context<LanternEnv>): Promise<Finding[]> {
  if (!c.req.raw.body) return [];
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (JSON_MEDIA_TYPE.test(mediaType)) {
    let parsed: unknown;
    try {
      parsed = await c.req.json();
    } catch {
      return []; // malformed JSON: the route's validator answers malformed_json if the route takes a body
    }
    return findIllFormedJson(parsed);
  }
  if (FORM_MEDIA_TYPES.has(mediaType)) {
    // Read through the request's body cache, which the route's form validator then reuses (one parse).
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new AppError(400, 'malformed_form');
    }
    const fields: [string, string][] = [];
    for (const [key, value] of form.entries())
      fields.push([key, typeof value === 'string' ? value : value.name]);
    return findIllFormedEntries(fields, 'body');
  }
  return [];
}

/**
 * Refuses, once and before any route runs, text that PostgreSQL cannot store as sent — in the path, the
 * query string and the body (JSON or form) — and JSON too deep or with prototype keys, answering 400 with
 * each field named. Routes can then trust that every string they receive is storable and hashable as is.
 */
export function wellFormedInput(): MiddlewareHandler<LanternEnv> {
  return async (c, next) => {
    const route = matchedRoutes(c).findLast((r) => r.method !== 'ALL')?.path;
    const url = new URL(c.req.url);
    const findings = [
      ...findIllFormedPath(url.pathname, route),
      ...findIllFormedEntries(url.searchParams.entries(), 'query'),
      ...(await findIllFormedBody(c)),
    ];
    if (findings.length > 0) {
      throw new AppError(
        400,
        'validation',
        {},
        findings.slice(0, MAX_FINDINGS).map((f) => ({ ...f, message: '' })),
      );
    }
    return next();
  };
}

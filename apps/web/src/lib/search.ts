import { safeNextPath } from './session';

// Search parameters of the pages, read defensively: an address can be typed, pasted or crafted, and the
// router turns "?resourceId=42" into a number, so every value is taken back to a plain string.

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, 200);
}

export interface NextSearch {
  /** Where to go once signed in. */
  next?: string;
}

export function nextSearch(search: Record<string, unknown>): NextSearch {
  const next = safeNextPath(search.next);
  return next ? { next } : {};
}

export const signInNotices = ['signed_out', 'password_set', 'session_ended'] as const;
export type SignInNotice = (typeof signInNotices)[number];

export interface SignInSearch extends NextSearch {
  notice?: SignInNotice;
}

export function signInSearch(search: Record<string, unknown>): SignInSearch {
  const notice = signInNotices.find((known) => known === search.notice);
  return { ...nextSearch(search), ...(notice ? { notice } : {}) };
}

export const auditFilterKeys = [
  'actorUserId',
  'action',
  'resourceType',
  'resourceId',
  'outcome',
  'from',
  'to',
] as const;
export type AuditSearch = Partial<Record<(typeof auditFilterKeys)[number], string>>;

export function auditSearch(search: Record<string, unknown>): AuditSearch {
  const result: AuditSearch = {};
  for (const key of auditFilterKeys) {
    const value = text(search[key]);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

import type { RequestContext } from '../context/request-context';
import type { AppError } from '../lib/errors';
import { recordAudit } from './record-audit';

/**
 * Refusals an auditor must be able to see: a signed-in user asked for something their permissions do not
 * allow (403, not an anti-forgery refusal), or tried to share a case or refer a person without the person's consent (409 `*.no_consent`).
 * 404s are never recorded: they must not reveal whether a record exists, and probes would flood the trail.
 */
export function isAuditedRefusal(error: AppError): boolean {
  // A refused anti-forgery token is a forged request, not a user's attempt: it is refused before any work.
  if (error.status === 403) return error.code !== 'auth.csrf';
  return error.status === 409 && error.code.endsWith('.no_consent');
}

// The record a refused request was about, read from its path: codes and ids only, never a query string.
const recordKinds: [RegExp, string][] = [
  [/^\/api\/cases\/([0-9a-f-]{36})(?:\/|$)/i, 'case'],
  [/^\/api\/referrals\/([0-9a-f-]{36})(?:\/|$)/i, 'referral'],
  [/^\/api\/screenings\/([0-9a-f-]{36})(?:\/|$)/i, 'screening'],
  [/^\/api\/admin\/users\/([0-9a-f-]{36})(?:\/|$)/i, 'user'],
  [/^\/api\/admin\/agencies\/([0-9a-f-]{36})(?:\/|$)/i, 'agency'],
  [/^\/api\/duplicates\/([0-9a-f-]{36})(?:\/|$)/i, 'duplicate_pair'],
  [/^\/api\/persons\/([0-9a-f-]{36})(?:\/|$)/i, 'person'],
];

export function refusedRecord(path: string): { resourceType?: string; resourceId?: string } {
  for (const [pattern, resourceType] of recordKinds) {
    const match = pattern.exec(path);
    if (match?.[1]) return { resourceType, resourceId: match[1].toLowerCase() };
  }
  return {};
}

/** The path with ids replaced, so the event says which endpoint without repeating the record id. */
export function routeShape(path: string): string {
  return path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id').slice(0, 200);
}

/**
 * Writes the refusal as its own small transaction. It runs after the refused attempt rolled back (the
 * error has left the use case's transaction), so the attempt leaves nothing but this event; the event is
 * appended and chained like any other (audit/append-event.ts).
 */
export async function recordRefusal(
  ctx: RequestContext,
  error: AppError,
  request: { method: string; path: string },
): Promise<void> {
  await ctx.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'request.refused',
      ...refusedRecord(request.path),
      outcome: 'refused',
      reason: error.code,
      details: { status: error.status, method: request.method, route: routeShape(request.path) },
    }),
  );
}

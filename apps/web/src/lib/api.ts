import type { ErrorResponse, FieldError, MatchCandidate } from '@lantern/domain';
import { currentLocale, i18n } from './i18n';

/** A failed API call, carrying the server's error code, its localised message and any field errors. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
    /** The records a registration found (with `case.probable_duplicate`). */
    readonly candidates: MatchCandidate[] = [],
  ) {
    super(message);
  }

  fieldError(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

// The session's anti-forgery token. It lives in memory only (never in storage a script on another tab
// could read later); a reload gets it back from GET /api/auth/probe.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (sign-in, second factor and session answers carry one). */
export function rememberCsrfToken(token: string | null) {
  csrfToken = token;
}

type Listener = () => void;
let onSessionLost: Listener | null = null;

/** Called when an API call finds that the session has ended (expired, revoked, signed out elsewhere). */
export function setSessionLostListener(listener: Listener | null) {
  onSessionLost = listener;
}

function send(path: string, method: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      'Accept-Language': currentLocale(),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(!SAFE_METHODS.has(method) && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    credentials: 'same-origin',
  });
}

/**
 * The token can be stale when another tab signed in again or the session rotated; the session answer
 * always carries the one that goes with the cookie this browser holds now.
 */
async function refreshCsrfToken(): Promise<void> {
  try {
    const response = await fetch('/api/auth/probe', { headers: { Accept: 'application/json' } });
    const payload = (await response.json().catch(() => undefined)) as { csrfToken?: unknown } | undefined;
    csrfToken = response.ok && typeof payload?.csrfToken === 'string' ? payload.csrfToken : null;
  } catch {
    // The retry below then fails with the server's own message.
  }
}

/**
 * Calls the Lantern API in the user's language. Every failure becomes an ApiError with a message fit to
 * show: the server's own message, or a translated one when the server could not be reached at all.
 * Requests that change something carry the session's CSRF token; a refused token is refreshed and the
 * request tried once more, so a second tab or a rotated session never costs the user their input.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  let response: Response;
  try {
    response = await send(path, method, init.body);
    if (response.status === 403 && !SAFE_METHODS.has(method)) {
      const code = (
        await response
          .clone()
          .json()
          .catch(() => undefined)
      )?.error?.code;
      if (code === 'auth.csrf') {
        await refreshCsrfToken();
        response = await send(path, method, init.body);
      }
    }
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const rotated = response.headers.get('x-csrf-token');
  if (rotated) csrfToken = rotated;
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = (payload as ErrorResponse | undefined)?.error;
  if (response.status === 401 && error?.code === 'auth.required' && path !== '/api/auth/probe') {
    onSessionLost?.();
  }
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? i18n.t('errors.internal', { requestId: response.headers.get('x-request-id') ?? '—' }),
    error?.details ?? [],
    error?.candidates ?? [],
  );
}

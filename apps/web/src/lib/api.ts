import type { ErrorResponse, FieldError } from '@lantern/domain';
import { currentLocale, i18n } from './i18n';

/** A failed API call, carrying the server's error code, its localised message and any field errors. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }

  fieldError(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

/**
 * Calls the Lantern API in the user's language. Every failure becomes an ApiError with a message fit to
 * show: the server's own message, or a translated one when the server could not be reached at all.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLocale(),
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = (payload as ErrorResponse | undefined)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? i18n.t('errors.internal', { requestId: response.headers.get('x-request-id') ?? '—' }),
    error?.details ?? [],
  );
}

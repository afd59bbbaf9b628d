import type { FieldError } from '@lantern/domain';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * An error a user can be told about. `code` is stable for clients ("validation", "auth.invalid_credentials");
 * the message is translated from `errors.<code>` in the caller's language when the response is written.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: FieldError[],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const serviceUnavailable = () => new AppError(503, 'service_unavailable');

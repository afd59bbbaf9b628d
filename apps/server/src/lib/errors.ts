import type { FieldError, MatchCandidate } from '@lantern/domain';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

/** A field's problem as a use case states it: values for its message's placeholders travel beside it. */
export type FieldProblem = FieldError & { params?: Record<string, string | number> };

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
    readonly details?: FieldProblem[],
    /** More of the answer beside code and message (the candidates of a probable duplicate). */
    readonly extra?: { candidates?: MatchCandidate[] },
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const serviceUnavailable = () => new AppError(503, 'service_unavailable');

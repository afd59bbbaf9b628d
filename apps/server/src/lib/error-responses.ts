import { type ErrorResponse, type Locale, translate } from '@lantern/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from './errors';
import { describeErrorForLog } from './logger';
import type { LanternEnv } from './router';

export function errorBody(error: AppError, locale: Locale, requestId: string): ErrorResponse {
  return {
    error: {
      code: error.code,
      message: translate(locale, `errors.${error.code}`, { ...error.params, requestId }),
      requestId,
      // Use cases may leave a field message empty; it is then translated from errors.field.<code>.
      ...(error.details
        ? {
            details: error.details.map(({ params, ...d }) => ({
              ...d,
              message: d.message || translate(locale, `errors.field.${d.code}`, params),
            })),
          }
        : {}),
      ...error.extra,
    },
  };
}

function fromHttpException(exception: HTTPException): AppError {
  switch (exception.status) {
    case 400:
      return new AppError(400, 'malformed_json');
    case 404:
      return new AppError(404, 'not_found');
    case 405:
      return new AppError(405, 'method_not_allowed');
    case 413:
      return new AppError(413, 'payload_too_large');
    case 415:
      return new AppError(415, 'unsupported_media_type');
    default:
      return new AppError(500, 'internal');
  }
}

// SQLSTATEs of a database too busy to finish the request: a deadlock or serialisation failure, a lock or
// statement timeout, no connection slot. The transaction was rolled back, so sending the request again is safe.
const busyStates = new Set(['40001', '40P01', '55P03', '57014', '53300', '57P03']);

/** The database could not take the request in time: nothing was saved; the request can be sent again. */
function isDatabaseBusy(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 4; depth++) {
    const state = (cause as { code?: unknown }).code;
    if (typeof state === 'string' && busyStates.has(state)) return true;
    // node-postgres's pool, when no connection frees up within its connection timeout.
    if (cause.message === 'timeout exceeded when trying to connect') return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The last line of defence: whatever went wrong, the client gets the one error shape in its language
 * and never a stack trace; unexpected errors are logged (without request data) under the request id.
 */
/** Keeps a refused attempt in the audit trail; given by the app (audit sits above lib in the layers). */
export type RefusalRecorder = (c: Context<LanternEnv>, error: AppError) => Promise<void>;

export async function handleError(error: Error, c: Context<LanternEnv>, keepRefusal?: RefusalRecorder) {
  const locale = c.get('locale') ?? 'vi';
  const requestId = c.get('requestId') ?? 'unknown';
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof HTTPException) appError = fromHttpException(error);
  else if (isDatabaseBusy(error)) appError = new AppError(503, 'busy');
  else appError = new AppError(500, 'internal');

  if (appError.code === 'busy') {
    c.get('runtime')?.logger.warn({ requestId, err: describeErrorForLog(error) }, 'database busy');
    c.header('Retry-After', '1');
  } else if (appError.status >= 500) {
    c.get('runtime')?.logger.error({ requestId, err: describeErrorForLog(error) }, 'request failed');
  }
  if (keepRefusal) {
    // The refusal is kept even though the attempt was not; if keeping it fails, the user still gets the
    // refusal they earned (not a 500) and the operator a log line.
    try {
      await keepRefusal(c, appError);
    } catch (failure) {
      c.get('runtime')?.logger.error(
        { requestId, err: describeErrorForLog(failure as Error) },
        'refusal not audited',
      );
    }
  }
  return c.json(errorBody(appError, locale, requestId), appError.status as ContentfulStatusCode);
}

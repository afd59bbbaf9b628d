import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Personal data must never reach them: request logs carry the route pattern
 * (never the raw URL or query string), status and timing; bodies and headers are never logged.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lantern' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['*.password', '*.authorization', '*.cookie', 'req.headers'], censor: '[redacted]' },
    },
    destination,
  );
}

/**
 * Describes an unexpected error for the server log without the values that travelled with it:
 * database driver errors embed query parameters in their message, which may be personal data.
 */
export function describeErrorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const stackFrames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const query = (error as { query?: unknown }).query;
  return {
    name: error.name,
    ...(typeof query === 'string' ? { query } : { message: error.message }),
    ...(cause && typeof cause.code === 'string' ? { sqlState: cause.code } : {}),
    ...(cause && typeof cause.message === 'string' ? { causeMessage: cause.message } : {}),
    stack: stackFrames.slice(0, 12).join('\n'),
  };
}

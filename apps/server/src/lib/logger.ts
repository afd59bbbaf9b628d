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
 * Describes an unexpected error for the server log without anything that travelled with it. Error
 * messages are left out on purpose: driver errors embed query parameters and PostgreSQL quotes input
 * values ("invalid input syntax for type uuid: ..."), either of which may be personal data. The error
 * class, SQLSTATE, the SQL text (never its parameters) and the stack frames locate the fault.
 */
export function describeErrorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const cause = error.cause as { code?: unknown } | undefined;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  const query = (error as { query?: unknown }).query;
  const stackFrames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof query === 'string' ? { query } : {}),
    stack: stackFrames.slice(0, 12).join('\n'),
  };
}

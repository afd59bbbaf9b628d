import { parseArgs } from 'node:util';
import type { DemoRequest } from './prepare-installation';

export class ServeUsageError extends Error {
  override name = 'UsageError';
}

export interface ServeOptions {
  port?: number;
  demo: DemoRequest;
  demoCases?: number;
}

/**
 * `lantern serve [--port N] [--demo [--demo-cases N]]`. `--demo-if-embedded` is what `npm start` passes: the
 * demo on the embedded engine, none on PostgreSQL, where only an explicit `--demo` seeds it.
 */
export function parseServeArgs(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      demo: { type: 'boolean' },
      'demo-if-embedded': { type: 'boolean' },
      'demo-cases': { type: 'string' },
    },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new ServeUsageError(`--port must be a whole number from 0 to 65535 (got ${values.port})`);
  const demoCases = values['demo-cases'] === undefined ? undefined : Number(values['demo-cases']);
  if (demoCases !== undefined && (!Number.isInteger(demoCases) || demoCases < 0))
    throw new ServeUsageError(`--demo-cases must be a whole number from 0 (got ${values['demo-cases']})`);
  const demo: DemoRequest = values.demo ? 'explicit' : values['demo-if-embedded'] ? 'if-embedded' : 'off';
  return {
    ...(port === undefined ? {} : { port }),
    demo,
    ...(demoCases === undefined ? {} : { demoCases }),
  };
}

import path from 'node:path';
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LANTERN_DATA_DIR: z.string().trim().min(1).default('./data'),
  LANTERN_WEB_DIR: z.string().trim().optional(),
  DATABASE_URL: optionalUrl,
  DATABASE_OWNER_URL: optionalUrl,
  LANTERN_MASTER_KEY: z.string().trim().optional(),
  LANTERN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LANTERN_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  LANTERN_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  LANTERN_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the folder holding the embedded database (and, later, key files). */
  dataDir: string;
  /** Folder of the built web app; undefined means "serve the API only". */
  webDir: string | undefined;
  /** Connection for requests: a login role that is neither superuser nor BYPASSRLS. Absent = embedded PGlite. */
  databaseUrl: string | undefined;
  /** Connection for migrations: the role that owns the tables. Only used on PostgreSQL. */
  databaseOwnerUrl: string | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  masterKey: string | undefined;
  sessions: { idleMinutes: number; maxHours: number; secureCookies: boolean; trustProxy: boolean };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_OWNER_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_OWNER_URL is set but DATABASE_URL is not. Set DATABASE_URL to the restricted login role that serves requests.',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.LANTERN_DATA_DIR),
    webDir: e.LANTERN_WEB_DIR ? path.resolve(cwd, e.LANTERN_WEB_DIR) : undefined,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    logLevel: e.LOG_LEVEL,
    masterKey: e.LANTERN_MASTER_KEY || undefined,
    sessions: {
      idleMinutes: e.LANTERN_SESSION_IDLE_MINUTES,
      maxHours: e.LANTERN_SESSION_MAX_HOURS,
      secureCookies: e.LANTERN_SECURE_COOKIES === 'true',
      trustProxy: e.LANTERN_TRUST_PROXY === 'true',
    },
  };
}

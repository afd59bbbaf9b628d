import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type ProxyTrust, parseProxyTrust } from './lib/client-address';
import type { SessionSettings } from './lib/router';

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
  LANTERN_MASTER_KEY_FILE: z.string().trim().optional(),
  XDG_CONFIG_HOME: z.string().trim().optional(),
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
  // survivor voice (#20): working days an officer has to answer a complaint.
  LANTERN_COMPLAINT_RESPONSE_DAYS: z.coerce.number().int().min(1).max(90).default(15),
  LANTERN_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  LANTERN_TRUST_PROXY: z.string().trim().optional(),
  LANTERN_PUBLIC_URL: optionalUrl,
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
  /**
   * Where the embedded engine keeps its master key: LANTERN_MASTER_KEY_FILE, or by default the user's
   * configuration folder — never the data folder, so a copy of the data is not a copy of the key.
   */
  masterKeyFile: { path: string; configured: boolean };
  sessions: SessionSettings;
  /** Working days to answer a complaint (#20). */
  complaintResponseDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function proxyTrust(value: string | undefined): ProxyTrust {
  try {
    return parseProxyTrust(value);
  } catch (error) {
    throw new ConfigError(`LANTERN_TRUST_PROXY: ${(error as Error).message}`);
  }
}

/** The address users type (https://lantern.example.org): decides Secure cookies and the accepted Origin. */
function parsePublicUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigError(`LANTERN_PUBLIC_URL must be an http:// or https:// address (got ${value})`);
  }
  return url;
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
  const publicUrl = parsePublicUrl(e.LANTERN_PUBLIC_URL);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.LANTERN_DATA_DIR),
    webDir: e.LANTERN_WEB_DIR ? path.resolve(cwd, e.LANTERN_WEB_DIR) : undefined,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    logLevel: e.LOG_LEVEL,
    masterKey: e.LANTERN_MASTER_KEY || undefined,
    masterKeyFile: e.LANTERN_MASTER_KEY_FILE
      ? { path: path.resolve(cwd, e.LANTERN_MASTER_KEY_FILE), configured: true }
      : {
          path: path.join(
            e.XDG_CONFIG_HOME
              ? path.resolve(cwd, e.XDG_CONFIG_HOME)
              : path.join(env.HOME || os.homedir(), '.config'),
            'lantern',
            'master.key',
          ),
          configured: false,
        },
    complaintResponseDays: e.LANTERN_COMPLAINT_RESPONSE_DAYS,
    sessions: {
      idleMinutes: e.LANTERN_SESSION_IDLE_MINUTES,
      maxHours: e.LANTERN_SESSION_MAX_HOURS,
      secureCookies: e.LANTERN_SECURE_COOKIES === 'true' || publicUrl?.protocol === 'https:',
      trustProxy: proxyTrust(e.LANTERN_TRUST_PROXY),
      publicOrigin: publicUrl?.origin ?? null,
    },
  };
}

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Locale, SessionStage } from '@lantern/domain';
import type { RequestContext } from '../context/request-context';
import type { Migration } from '../db/migrations';
import type { ProxyTrust } from './client-address';
import type { KeyRing } from './key-ring';
import type { Logger } from './logger';
import { validationError } from './validation';

/** What the running server knows about itself; handed to use cases that report on the system. */
export interface Runtime {
  engine: 'pglite' | 'postgres';
  migrations: Migration[];
  logger: Logger;
  secrets: KeyRing;
  /** HMAC key for CSRF tokens derived from session tokens. */
  csrfKey: Buffer;
  demo: boolean;
  version: string;
  sessions: SessionSettings;
  /** Working days to answer a complaint (#20; LANTERN_COMPLAINT_RESPONSE_DAYS). */
  complaintResponseDays: number;
}

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
  /** Mark the session cookie Secure and name it __Host-… (the public URL is https, or configured so). */
  secureCookies: boolean;
  /** Which reverse proxies may name the client in X-Forwarded-For (LANTERN_TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** The origin browsers use to reach the server (LANTERN_PUBLIC_URL), when it differs from the request's. */
  publicOrigin: string | null;
}

/** The session presented by the request's cookie, when valid (at any sign-in stage). */
export interface PresentedSession {
  id: string;
  userId: string;
  stage: SessionStage;
  token: string;
}

export interface LanternEnv {
  Variables: {
    requestId: string;
    locale: Locale;
    ctx: RequestContext;
    runtime: Runtime;
    session: PresentedSession | null;
  };
}

/**
 * Every module builds its routes on this router, so every request body, query and path parameter is
 * validated by its zod schema and a failure answers with the one error shape, naming the fields.
 */
export function createRouter() {
  return new OpenAPIHono<LanternEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error.issues, c.get('locale'));
    },
  });
}

export type LanternRouter = ReturnType<typeof createRouter>;

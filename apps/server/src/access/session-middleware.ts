import type { MiddlewareHandler } from 'hono';
import { hmac, safeEqual } from '../auth/tokens';
import { withActor } from '../context/request-context';
import type { AppDatabase } from '../db/types';
import { AppError } from '../lib/errors';
import type { LanternEnv } from '../lib/router';
import { resolveSession } from './resolve-session';
import { clearSessionCookie, readSessionCookie } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(csrfKey: Buffer, sessionToken: string): string {
  return hmac(csrfKey, `csrf:${sessionToken}`);
}

/**
 * Resolves the session cookie into the request's actor, and guards every state-changing request against
 * cross-site forgery: the Origin (when the browser sends one) must be this server, and a request made
 * within a session must carry that session's CSRF token in X-CSRF-Token.
 */
export function sessionScope(db: AppDatabase): MiddlewareHandler<LanternEnv> {
  return async (c, next) => {
    const runtime = c.get('runtime');
    const unsafe = !SAFE_METHODS.has(c.req.method);
    if (unsafe) {
      const origin = c.req.header('origin');
      // Behind a TLS proxy the request arrives as http://; browsers send the public https:// origin.
      const allowed = origin === new URL(c.req.url).origin || origin === runtime.sessions.publicOrigin;
      if (origin && !allowed) throw new AppError(403, 'auth.csrf');
    }

    c.set('session', null);
    const token = readSessionCookie(c);
    if (!token || !c.req.path.startsWith('/api/')) return next();

    const resolved = await resolveSession(c.get('ctx'), token, runtime.sessions);
    if (!resolved) {
      clearSessionCookie(c);
      return next();
    }
    if (unsafe && !safeEqual(c.req.header('x-csrf-token') ?? '', csrfTokenFor(runtime.csrfKey, token))) {
      throw new AppError(403, 'auth.csrf');
    }
    c.set('session', { id: resolved.id, userId: resolved.userId, stage: resolved.stage, token });
    c.set('ctx', withActor(db, c.get('ctx'), resolved.actor));
    return next();
  };
}

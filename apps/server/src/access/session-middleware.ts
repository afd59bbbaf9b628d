import type { MiddlewareHandler } from 'hono';
import { hmac, safeEqual } from '../auth/tokens';
import { withActor } from '../context/request-context';
import type { AppDatabase } from '../db/types';
import { AppError } from '../lib/errors';
import type { LanternEnv } from '../lib/router';
import { openSession } from './resolve-session';
import { clearSessionCookie, readSessionCookie } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(csrfKey: Buffer, sessionToken: string): string {
  return hmac(csrfKey, `csrf:${sessionToken}`);
}

/**
 * Resolves the session cookie into the request's actor, and guards every state-changing request against
 * cross-site forgery: the Origin (when the browser sends one) must be this server, and a request made
 * within a session must carry that session's CSRF token in X-CSRF-Token.
 *
 * An API request with a cookie gets its one transaction here: begun by the session lookup and held for the
 * handler's first `ctx.transaction`, which commits it (context/request-context.ts). Whatever the handler
 * does, the transaction ends before the response leaves. Bodies are already read by then (wellFormedInput
 * and the body limit run first), so a slow upload never holds it; requests without a cookie open none.
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

    const { session, pending } = await openSession(db, c.get('ctx'), token, runtime.sessions);
    try {
      if (!session) {
        clearSessionCookie(c);
        c.set('ctx', withActor(db, c.get('ctx'), null, pending));
        return await next();
      }
      if (unsafe && !safeEqual(c.req.header('x-csrf-token') ?? '', csrfTokenFor(runtime.csrfKey, token))) {
        throw new AppError(403, 'auth.csrf');
      }
      c.set('session', { id: session.id, userId: session.userId, stage: session.stage, token });
      c.set('ctx', withActor(db, c.get('ctx'), session.actor, pending));
      return await next();
    } finally {
      await pending.held.release();
    }
  };
}

import { getConnInfo } from '@hono/node-server/conninfo';
import { negotiateLocale } from '@lantern/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createRequestContext } from '../context/request-context';
import type { AppDatabase } from '../db/types';
import { clientAddressResolver } from './client-address';
import { newId } from './ids';
import type { LanternEnv, Runtime } from './router';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function socketPeer(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // no socket (requests made in-process, as in tests)
  }
}

/** Request id (a well-formed incoming X-Request-Id is kept for tracing), locale and per-request context. */
export function requestScope(db: AppDatabase, runtime: Runtime): MiddlewareHandler<LanternEnv> {
  const clientAddress = clientAddressResolver(runtime.sessions.trustProxy);
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : newId();
    const locale = negotiateLocale(c.req.header('accept-language'));
    c.set('requestId', requestId);
    c.set('locale', locale);
    c.set('runtime', runtime);
    c.set(
      'ctx',
      createRequestContext(db, {
        requestId,
        locale,
        actor: null,
        client: {
          ip: clientAddress(socketPeer(c), c.req.header('x-forwarded-for')),
          userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
        },
        secrets: runtime.secrets,
        demo: runtime.demo,
      }),
    );
    c.header('X-Request-Id', requestId);
    await next();
  };
}

/** One log line per request: the route pattern, never the concrete URL (ids and queries can identify people). */
export function requestLog(runtime: Runtime): MiddlewareHandler<LanternEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    runtime.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

/**
 * Security headers for every response. Scripts only from our own origin (no inline script anywhere);
 * inline styles stay allowed because the UI library writes its CSS variables into a style element.
 */
export function securityHeaders(): MiddlewareHandler<LanternEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

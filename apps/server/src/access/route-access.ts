import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Permission, SessionStage } from '@lantern/domain';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../lib/errors';
import type { LanternEnv } from '../lib/router';

/**
 * Who may call a route. Every API route declares one (deny by default): a route registered without it
 * has no entry in `routeAccess`, and the access-matrix test fails the build.
 */
export type RouteAccess =
  | { kind: 'public' }
  /** A session part-way through sign-in (second factor still to come) — only the sign-in steps use this. */
  | { kind: 'session'; stages: SessionStage[] }
  /** Any fully signed-in user; what they see is still scoped by the use case. */
  | { kind: 'signed_in' }
  /** A signed-in user holding at least one of these permissions. */
  | { kind: 'permission'; anyOf: Permission[] };

export const routeAccess = new Map<string, RouteAccess>();

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

export function enforce(access: RouteAccess): MiddlewareHandler<LanternEnv> {
  return async (c, next) => {
    if (access.kind === 'public') return next();
    const session = c.get('session');
    if (access.kind === 'session') {
      if (!session || !access.stages.includes(session.stage)) throw new AppError(401, 'auth.required');
      return next();
    }
    const actor = c.get('ctx').actor;
    if (!actor) throw new AppError(401, 'auth.required');
    if (access.kind === 'permission' && !access.anyOf.some((p) => actor.permissions.includes(p))) {
      throw new AppError(403, 'forbidden');
    }
    return next();
  };
}

/** `createRoute` with the route's access rule attached and recorded. */
export function defineRoute<const R extends RouteConfig>(access: RouteAccess, config: R) {
  routeAccess.set(routeKey(config.method, config.path), access);
  return createRoute({ ...config, middleware: enforce(access) });
}

/**
 * `defineRoute` for one module: the OpenAPI tags and the error answers all its routes give are stated
 * once, and each route adds only its own answers.
 */
export function moduleRoutes<const E extends RouteConfig['responses']>(tags: string[], errors: E) {
  return <const R extends Omit<RouteConfig, 'tags'>>(access: RouteAccess, config: R) =>
    defineRoute(access, { ...config, tags, responses: { ...config.responses, ...errors } });
}

/** Access for a signed-in user holding at least one of these permissions. */
export const anyOf = (...permissions: Permission[]): RouteAccess => ({
  kind: 'permission',
  anyOf: permissions,
});

/** For the few routes outside the OpenAPI router (documentation pages). */
export function declarePublic(method: string, path: string): void {
  routeAccess.set(routeKey(method, path), { kind: 'public' });
}

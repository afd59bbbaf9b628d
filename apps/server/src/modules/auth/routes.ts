import {
  instanceResponseSchema,
  mfaEnrolmentConfirmSchema,
  mfaEnrolmentStartSchema,
  mfaVerifySchema,
  passwordSetupSchema,
  recoveryCodesSchema,
  sessionResponseSchema,
  signInRequestSchema,
  signInResponseSchema,
} from '@lantern/domain';
import type { Context } from 'hono';
import { defineRoute, moduleRoutes, type RouteAccess } from '../../access/route-access';
import { clearSessionCookie, setSessionCookie } from '../../access/session-cookies';
import { csrfTokenFor } from '../../access/session-middleware';
import { AppError } from '../../lib/errors';
import { answer, errorAnswer, jsonBody } from '../../lib/openapi';
import { createRouter, type LanternEnv, type PresentedSession } from '../../lib/router';
import { getSession, signOut } from './get-session';
import { confirmMfaEnrolment, startMfaEnrolment, verifySecondFactor } from './mfa';
import { completePasswordSetup } from './passwords';
import { signIn } from './sign-in';

const route = moduleRoutes(['Authentication'], {
  400: errorAnswer('Invalid input'),
  401: errorAnswer('Not signed in, or wrong credentials'),
  429: errorAnswer('Too many failed attempts; wait'),
});
const anyStage: RouteAccess = { kind: 'session', stages: ['mfa_required', 'mfa_enrolment', 'active'] };
const enrolling: RouteAccess = { kind: 'session', stages: ['mfa_enrolment'] };

const signInRoute = route(
  { kind: 'public' },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    summary: 'Sign in with a username and password (first factor)',
    request: { body: jsonBody(signInRequestSchema) },
    responses: { 200: answer('Session opened at its first stage', signInResponseSchema) },
  },
);

const sessionRoute = route(anyStage, {
  method: 'get',
  path: '/api/auth/session',
  summary: 'The current session, user, permissions and CSRF token',
  responses: { 200: answer('Current session', sessionResponseSchema) },
});

// The web app asks this on every page load, signed in or not. Signed out is a normal answer here, not an
// error: a 401 would put an error in the browser console of every signed-out page.
const probeRoute = route(
  { kind: 'public' },
  {
    method: 'get',
    path: '/api/auth/probe',
    summary: 'The current session like GET /api/auth/session, or 204 when nobody is signed in',
    responses: {
      200: answer('Current session', sessionResponseSchema),
      204: { description: 'Nobody is signed in (no cookie, or an ended session)' },
    },
  },
);

const signOutRoute = route(anyStage, {
  method: 'post',
  path: '/api/auth/sign-out',
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' } },
});

const enrolmentStartRoute = route(enrolling, {
  method: 'post',
  path: '/api/auth/mfa/enrolment',
  summary: 'Start enrolling an authenticator app (TOTP): secret and QR code',
  responses: { 200: answer('Secret to add to the app', mfaEnrolmentStartSchema) },
});

const enrolmentConfirmRoute = route(enrolling, {
  method: 'post',
  path: '/api/auth/mfa/enrolment/confirm',
  summary: 'Confirm enrolment with a first code; returns ten one-time recovery codes',
  request: { body: jsonBody(mfaEnrolmentConfirmSchema) },
  responses: { 200: answer('Enrolled; session active', recoveryCodesSchema) },
});

const verifyRoute = route(
  { kind: 'session', stages: ['mfa_required'] },
  {
    method: 'post',
    path: '/api/auth/mfa/verify',
    summary: 'Second factor: an authenticator code or a recovery code',
    request: { body: jsonBody(mfaVerifySchema) },
    responses: { 200: answer('Session active', signInResponseSchema) },
  },
);

const passwordSetupRoute = route(
  { kind: 'public' },
  {
    method: 'post',
    path: '/api/auth/password-setup',
    summary: 'Set a password with a one-time link from an administrator',
    request: { body: jsonBody(passwordSetupSchema) },
    responses: { 204: { description: 'Password set' } },
  },
);

const instanceRoute = defineRoute(
  { kind: 'public' },
  {
    method: 'get',
    path: '/api/instance',
    tags: ['System'],
    summary: 'Facts about this installation shown on every page (demo mode, version)',
    responses: { 200: answer('Installation', instanceResponseSchema) },
  },
);

function presented(c: Context<LanternEnv>): PresentedSession {
  const session = c.get('session');
  if (!session) throw new AppError(401, 'auth.required');
  return session;
}

export const authRoutes = createRouter()
  .openapi(signInRoute, async (c) => {
    const runtime = c.get('runtime');
    const session = await signIn(
      c.get('ctx'),
      c.req.valid('json'),
      runtime.sessions,
      c.get('session')?.id ?? null,
    );
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json({ stage: session.stage, csrfToken: csrfTokenFor(runtime.csrfKey, session.token) }, 200);
  })
  .openapi(sessionRoute, async (c) => {
    return c.json(await getSession(c.get('ctx'), presented(c), c.get('runtime')), 200);
  })
  .openapi(probeRoute, async (c) => {
    const session = c.get('session');
    if (!session) return c.body(null, 204);
    return c.json(await getSession(c.get('ctx'), session, c.get('runtime')), 200);
  })
  .openapi(signOutRoute, async (c) => {
    const session = c.get('session');
    if (session) await signOut(c.get('ctx'), session);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(enrolmentStartRoute, async (c) => {
    return c.json(await startMfaEnrolment(c.get('ctx'), presented(c)), 200);
  })
  .openapi(enrolmentConfirmRoute, async (c) => {
    const result = await confirmMfaEnrolment(c.get('ctx'), presented(c), c.req.valid('json').code);
    setSessionCookie(c, result.token, result.expiresAt);
    c.header('X-CSRF-Token', csrfTokenFor(c.get('runtime').csrfKey, result.token));
    return c.json({ recoveryCodes: result.recoveryCodes }, 200);
  })
  .openapi(verifyRoute, async (c) => {
    const result = await verifySecondFactor(c.get('ctx'), presented(c), c.req.valid('json'));
    setSessionCookie(c, result.token, result.expiresAt);
    return c.json(
      { stage: 'active' as const, csrfToken: csrfTokenFor(c.get('runtime').csrfKey, result.token) },
      200,
    );
  })
  .openapi(passwordSetupRoute, async (c) => {
    await completePasswordSetup(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 204);
  })
  .openapi(instanceRoute, (c) => {
    const runtime = c.get('runtime');
    return c.json({ demo: runtime.demo, version: runtime.version }, 200);
  });

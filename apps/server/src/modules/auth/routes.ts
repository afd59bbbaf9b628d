import {
  errorResponseSchema,
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
import { defineRoute } from '../../access/route-access';
import { clearSessionCookie, setSessionCookie } from '../../access/session-cookies';
import { csrfTokenFor } from '../../access/session-middleware';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/openapi';
import { createRouter, type LanternEnv, type PresentedSession } from '../../lib/router';
import { getSession, signOut } from './get-session';
import { confirmMfaEnrolment, startMfaEnrolment, verifySecondFactor } from './mfa';
import { completePasswordSetup } from './passwords';
import { signIn } from './sign-in';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in, or wrong credentials', ...json(errorResponseSchema) },
  429: { description: 'Too many failed attempts; wait', ...json(errorResponseSchema) },
};
const tags = ['Authentication'];

const signInRoute = defineRoute(
  { kind: 'public' },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    tags,
    summary: 'Sign in with a username and password (first factor)',
    request: { body: { required: true, ...json(signInRequestSchema) } },
    responses: {
      200: { description: 'Session opened at its first stage', ...json(signInResponseSchema) },
      ...errors,
    },
  },
);

const sessionRoute = defineRoute(
  { kind: 'session', stages: ['mfa_required', 'mfa_enrolment', 'active'] },
  {
    method: 'get',
    path: '/api/auth/session',
    tags,
    summary: 'The current session, user, permissions and CSRF token',
    responses: { 200: { description: 'Current session', ...json(sessionResponseSchema) }, ...errors },
  },
);

const signOutRoute = defineRoute(
  { kind: 'session', stages: ['mfa_required', 'mfa_enrolment', 'active'] },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    tags,
    summary: 'End the current session',
    responses: { 204: { description: 'Signed out' }, ...errors },
  },
);

const enrolmentStartRoute = defineRoute(
  { kind: 'session', stages: ['mfa_enrolment'] },
  {
    method: 'post',
    path: '/api/auth/mfa/enrolment',
    tags,
    summary: 'Start enrolling an authenticator app (TOTP): secret and QR code',
    responses: {
      200: { description: 'Secret to add to the app', ...json(mfaEnrolmentStartSchema) },
      ...errors,
    },
  },
);

const enrolmentConfirmRoute = defineRoute(
  { kind: 'session', stages: ['mfa_enrolment'] },
  {
    method: 'post',
    path: '/api/auth/mfa/enrolment/confirm',
    tags,
    summary: 'Confirm enrolment with a first code; returns ten one-time recovery codes',
    request: { body: { required: true, ...json(mfaEnrolmentConfirmSchema) } },
    responses: { 200: { description: 'Enrolled; session active', ...json(recoveryCodesSchema) }, ...errors },
  },
);

const verifyRoute = defineRoute(
  { kind: 'session', stages: ['mfa_required'] },
  {
    method: 'post',
    path: '/api/auth/mfa/verify',
    tags,
    summary: 'Second factor: an authenticator code or a recovery code',
    request: { body: { required: true, ...json(mfaVerifySchema) } },
    responses: { 200: { description: 'Session active', ...json(signInResponseSchema) }, ...errors },
  },
);

const passwordSetupRoute = defineRoute(
  { kind: 'public' },
  {
    method: 'post',
    path: '/api/auth/password-setup',
    tags,
    summary: 'Set a password with a one-time link from an administrator',
    request: { body: { required: true, ...json(passwordSetupSchema) } },
    responses: { 204: { description: 'Password set' }, ...errors },
  },
);

const instanceRoute = defineRoute(
  { kind: 'public' },
  {
    method: 'get',
    path: '/api/instance',
    tags: ['System'],
    summary: 'Facts about this installation shown on every page (demo mode, version)',
    responses: { 200: { description: 'Installation', ...json(instanceResponseSchema) } },
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

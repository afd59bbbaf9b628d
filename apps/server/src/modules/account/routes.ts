import { z } from '@hono/zod-openapi';
import {
  accountSessionSchema,
  errorResponseSchema,
  idParamSchema,
  passwordChangeSchema,
  resetNoticeSchema,
} from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { changePassword } from '../auth/passwords';
import { acknowledgeResetNotice, resetNotice } from './reset-notice';
import { listOwnSessions, revokeOwnSession } from './sessions';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  404: { description: 'Not found', ...json(errorResponseSchema) },
};
const tags = ['My account'];
const signedIn = { kind: 'signed_in' } as const;

const listRoute = defineRoute(signedIn, {
  method: 'get',
  path: '/api/account/sessions',
  tags,
  summary: 'My open sessions',
  responses: { 200: { description: 'Sessions', ...json(z.array(accountSessionSchema)) }, ...errors },
});
const revokeRoute = defineRoute(signedIn, {
  method: 'delete',
  path: '/api/account/sessions/{id}',
  tags,
  summary: 'End one of my sessions',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Ended' }, ...errors },
});
const passwordRoute = defineRoute(signedIn, {
  method: 'post',
  path: '/api/account/password',
  tags,
  summary: 'Change my password (my other sessions end)',
  request: { body: { required: true, ...json(passwordChangeSchema) } },
  responses: { 204: { description: 'Changed' }, ...errors },
});

// Read at every stage of sign-in: after a reset the first screen is the second-factor enrolment.
const resetNoticeRoute = defineRoute(
  { kind: 'session', stages: ['mfa_required', 'mfa_enrolment', 'active'] },
  {
    method: 'get',
    path: '/api/account/reset-notice',
    tags,
    summary: 'A reset of my account by administrators that I have not yet confirmed reading about',
    responses: { 200: { description: 'Notice', ...json(resetNoticeSchema) }, ...errors },
  },
);

const acknowledgeRoute = defineRoute(signedIn, {
  method: 'post',
  path: '/api/account/reset-notice/acknowledge',
  tags,
  summary: 'I have read the notice that my account was reset',
  responses: { 204: { description: 'Acknowledged' }, ...errors },
});

export const accountRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await listOwnSessions(c.get('ctx')), 200))
  .openapi(revokeRoute, async (c) => {
    await revokeOwnSession(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(passwordRoute, async (c) => {
    await changePassword(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 204);
  })
  .openapi(resetNoticeRoute, async (c) => {
    const session = c.get('session');
    if (!session) throw new AppError(401, 'auth.required');
    return c.json(await resetNotice(c.get('ctx'), session.userId), 200);
  })
  .openapi(acknowledgeRoute, async (c) => {
    await acknowledgeResetNotice(c.get('ctx'));
    return c.body(null, 204);
  });

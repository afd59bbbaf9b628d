import { createRoute } from '@hono/zod-openapi';
import { errorResponseSchema, signInRequestSchema } from '@lantern/domain';
import { createRouter } from '../../lib/router';
import { signIn } from './sign-in';

const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['Authentication'],
  summary: 'Sign in with a username and password',
  request: { body: { required: true, content: { 'application/json': { schema: signInRequestSchema } } } },
  responses: {
    400: { description: 'Invalid input', content: { 'application/json': { schema: errorResponseSchema } } },
    503: {
      description: 'No accounts exist yet',
      content: { 'application/json': { schema: errorResponseSchema } },
    },
  },
});

export const authRoutes = createRouter().openapi(signInRoute, async (c) => {
  return signIn(c.get('ctx'), c.req.valid('json'));
});

import { healthResponseSchema, readinessResponseSchema } from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { createRouter } from '../../lib/router';
import { checkReadiness } from './check-readiness';

const liveness = defineRoute(
  { kind: 'public' },
  {
    method: 'get',
    path: '/healthz',
    tags: ['System'],
    summary: 'The process is up',
    responses: {
      200: { description: 'Up', content: { 'application/json': { schema: healthResponseSchema } } },
    },
  },
);

const readiness = defineRoute(
  { kind: 'public' },
  {
    method: 'get',
    path: '/readyz',
    tags: ['System'],
    summary: 'The database is reachable and its schema is current',
    responses: {
      200: { description: 'Ready', content: { 'application/json': { schema: readinessResponseSchema } } },
      503: { description: 'Not ready', content: { 'application/json': { schema: readinessResponseSchema } } },
    },
  },
);

export const healthRoutes = createRouter()
  .openapi(liveness, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readiness, async (c) => {
    const result = await checkReadiness(c.get('ctx'), c.get('runtime'));
    return c.json(result, result.status === 'ready' ? 200 : 503);
  });

import { z } from '@hono/zod-openapi';
import { auditEventSchema, auditQuerySchema, errorResponseSchema } from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listAuditEvents } from './list-events';

const listRoute = defineRoute(
  { kind: 'permission', anyOf: ['audit.read'] },
  {
    method: 'get',
    path: '/api/audit/events',
    tags: ['Audit'],
    summary: 'Search the audit trail (auditors); filter by resource for a record’s access history',
    request: { query: auditQuerySchema },
    responses: {
      200: {
        description: 'Events, newest first',
        ...json(z.object({ events: z.array(auditEventSchema), nextBeforeSeq: z.number().nullable() })),
      },
      400: { description: 'Invalid filter', ...json(errorResponseSchema) },
      403: { description: 'Not an auditor', ...json(errorResponseSchema) },
    },
  },
);

export const auditRoutes = createRouter().openapi(listRoute, async (c) =>
  c.json(await listAuditEvents(c.get('ctx'), c.req.valid('query')), 200),
);

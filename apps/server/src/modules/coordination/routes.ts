import {
  coordinationAcceptedSchema,
  coordinationRequestSchema,
  handOverOptionsSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { handOverOptions } from './hand-over-options';
import { requestCoordination } from './request-coordination';

const route = moduleRoutes(['Cases'], scopedErrors);

const r = {
  request: route(anyOf('case.create', 'case.read'), {
    method: 'post',
    path: '/api/coordination-requests',
    summary:
      'Ask the agency holding a record a search found to coordinate: its supervisors are told who asks and how to reach them (nothing about the person); one request per agency and case a day',
    request: { body: jsonBody(coordinationRequestSchema) },
    responses: {
      202: answer('Sent (the same answer for a repeat)', coordinationAcceptedSchema),
      429: errorAnswer('Too many requests today'),
    },
  }),
  handOverOptions: route(anyOf('case.create'), {
    method: 'get',
    path: '/api/coordination/hand-over-options',
    summary: 'Whether your agency carries cases; if not, the agencies a new case can be handed over to',
    responses: { 200: answer('Options', handOverOptionsSchema) },
  }),
};

export const coordinationRoutes = createRouter()
  .openapi(r.request, async (c) => {
    await requestCoordination(c.get('ctx'), c.req.valid('json'));
    return c.json({ status: 'sent' as const }, 202);
  })
  .openapi(r.handOverOptions, async (c) => c.json(await handOverOptions(c.get('ctx')), 200));

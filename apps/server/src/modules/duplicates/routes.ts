import { z } from '@hono/zod-openapi';
import { duplicatePairSchema, duplicateStatuses, errorResponseSchema, idParamSchema } from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { decideDuplicate } from './decide-duplicate';
import { listDuplicates } from './list-duplicates';
import { scanDuplicates } from './scan-duplicates';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found (or not your agency’s pair)', ...json(errorResponseSchema) },
};
const tags = ['Cases'];
const merging: RouteAccess = { kind: 'permission', anyOf: ['case.merge'] };
const decision = (path: string, summary: string) =>
  defineRoute(merging, {
    method: 'post',
    path,
    tags,
    summary,
    request: { params: idParamSchema },
    responses: {
      200: {
        description: 'Decided',
        ...json(z.object({ id: z.string(), status: z.enum(duplicateStatuses) })),
      },
      409: { description: 'Not possible in the pair’s current status', ...json(errorResponseSchema) },
      ...errors,
    },
  });

const r = {
  list: defineRoute(merging, {
    method: 'get',
    path: '/api/duplicates',
    tags,
    summary: 'Probable and possible duplicates involving your agency',
    request: { query: z.object({ status: z.enum(duplicateStatuses).optional() }) },
    responses: { 200: { description: 'Pairs', ...json(z.array(duplicatePairSchema)) }, ...errors },
  }),
  scan: defineRoute(merging, {
    method: 'post',
    path: '/api/duplicates/scan',
    tags,
    summary: 'Compare your agency’s recent persons with the whole database now',
    responses: {
      200: { description: 'Scanned', ...json(z.object({ scanned: z.number(), pairs: z.number() })) },
      ...errors,
    },
  }),
  merge: decision('/api/duplicates/{id}/merge', 'Link the two records as the same person (reversible)'),
  dismiss: decision('/api/duplicates/{id}/dismiss', 'Record that these are different people'),
  reopen: decision('/api/duplicates/{id}/reopen', 'Undo a merge or a dismissal'),
};

export const duplicateRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listDuplicates(c.get('ctx'), c.req.valid('query').status), 200))
  .openapi(r.scan, async (c) => c.json(await scanDuplicates(c.get('ctx')), 200))
  .openapi(r.merge, async (c) =>
    c.json(await decideDuplicate(c.get('ctx'), c.req.valid('param').id, 'merge'), 200),
  )
  .openapi(r.dismiss, async (c) =>
    c.json(await decideDuplicate(c.get('ctx'), c.req.valid('param').id, 'dismiss'), 200),
  )
  .openapi(r.reopen, async (c) =>
    c.json(await decideDuplicate(c.get('ctx'), c.req.valid('param').id, 'reopen'), 200),
  );

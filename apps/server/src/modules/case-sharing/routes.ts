import { z } from '@hono/zod-openapi';
import { caseShareSchema, errorResponseSchema, idParamSchema } from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listShares } from './list-shares';
import { revokeShare } from './revoke-share';
import { shareCase } from './share-case';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found (or not your agency’s case)', ...json(errorResponseSchema) },
};
const tags = ['Cases'];
const sharing: RouteAccess = { kind: 'permission', anyOf: ['referral.create', 'case.update'] };

const r = {
  list: defineRoute(
    { kind: 'permission', anyOf: ['case.read'] },
    {
      method: 'get',
      path: '/api/cases/{id}/shares',
      tags,
      summary: 'Agencies the case is shared with',
      request: { params: idParamSchema },
      responses: { 200: { description: 'Shares', ...json(z.array(caseShareSchema)) }, ...errors },
    },
  ),
  share: defineRoute(sharing, {
    method: 'post',
    path: '/api/cases/{id}/shares',
    tags,
    summary: 'Share the case with another agency, within the person’s sharing consent',
    request: {
      params: idParamSchema,
      body: {
        required: true,
        ...json(
          z.object({ agencyId: z.uuid(), purpose: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/) }),
        ),
      },
    },
    responses: {
      201: { description: 'Shared', ...json(caseShareSchema) },
      409: {
        description: 'No sharing consent covers that agency, or already shared',
        ...json(errorResponseSchema),
      },
      ...errors,
    },
  }),
  revoke: defineRoute(sharing, {
    method: 'post',
    path: '/api/cases/{id}/shares/{shareId}/revoke',
    tags,
    summary: 'End another agency’s access to the case',
    request: { params: idParamSchema.extend({ shareId: z.uuid() }) },
    responses: {
      204: { description: 'Revoked' },
      409: { description: 'Already revoked', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
};

export const caseSharingRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listShares(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.share, async (c) =>
    c.json(await shareCase(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.revoke, async (c) => {
    const { id, shareId } = c.req.valid('param');
    await revokeShare(c.get('ctx'), id, shareId);
    return c.body(null, 204);
  });

import { z } from '@hono/zod-openapi';
import {
  createResetRequestSchema,
  errorResponseSchema,
  idParamSchema,
  resetDecisionSchema,
  resetRequestSchema,
} from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { approveReset, listPendingResets, refuseReset } from './reset-decisions';
import { listUserResets, requestReset } from './reset-requests';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: {
    description: 'Not permitted (deciding on one’s own request is refused)',
    ...json(errorResponseSchema),
  },
  404: { description: 'Not found (or outside your reach)', ...json(errorResponseSchema) },
  409: { description: 'Already decided, lapsed, or not for one’s own account', ...json(errorResponseSchema) },
};
const tags = ['Account recovery'];
const userAdmin: RouteAccess = {
  kind: 'permission',
  anyOf: ['admin.users.manage_all', 'admin.users.manage_own_agency'],
};
// Supervisors approve resets of their agency's accounts without holding an administration permission;
// the use case checks who may decide (reset-policy.ts) and refuses everyone else with 403.
const decider: RouteAccess = { kind: 'signed_in' };
const params = { params: idParamSchema };

const r = {
  request: defineRoute(userAdmin, {
    method: 'post',
    path: '/api/admin/users/{id}/reset-requests',
    tags,
    summary:
      'Ask for a password or second-factor reset; a second person must approve before anything changes',
    request: { ...params, body: { required: true, ...json(createResetRequestSchema) } },
    responses: {
      201: { description: 'Requested', ...json(resetRequestSchema) },
      200: { description: 'A request was already open; this is it', ...json(resetRequestSchema) },
      ...errors,
    },
  }),
  ofUser: defineRoute(userAdmin, {
    method: 'get',
    path: '/api/admin/users/{id}/reset-requests',
    tags,
    summary: 'Reset requests of one account, newest first',
    request: params,
    responses: { 200: { description: 'Requests', ...json(z.array(resetRequestSchema)) }, ...errors },
  }),
  pending: defineRoute(decider, {
    method: 'get',
    path: '/api/reset-requests',
    tags,
    summary: 'Open reset requests you may approve or refuse',
    responses: { 200: { description: 'Requests', ...json(z.array(resetRequestSchema)) }, ...errors },
  }),
  approve: defineRoute(decider, {
    method: 'post',
    path: '/api/reset-requests/{id}/approve',
    tags,
    summary: 'Approve and perform a reset; a password reset answers the one-time link to you, the approver',
    request: params,
    responses: { 200: { description: 'Performed', ...json(resetDecisionSchema) }, ...errors },
  }),
  refuse: defineRoute(decider, {
    method: 'post',
    path: '/api/reset-requests/{id}/refuse',
    tags,
    summary: 'Refuse a reset; the account stays as it is',
    request: params,
    responses: { 200: { description: 'Refused', ...json(resetDecisionSchema) }, ...errors },
  }),
};

export const resetRoutes = createRouter()
  .openapi(r.request, async (c) => {
    const { request, created } = await requestReset(
      c.get('ctx'),
      c.req.valid('param').id,
      c.req.valid('json').kind,
    );
    return created ? c.json(request, 201) : c.json(request, 200);
  })
  .openapi(r.ofUser, async (c) => c.json(await listUserResets(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.pending, async (c) => c.json(await listPendingResets(c.get('ctx')), 200))
  .openapi(r.approve, async (c) => c.json(await approveReset(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.refuse, async (c) => c.json(await refuseReset(c.get('ctx'), c.req.valid('param').id), 200));

import { z } from '@hono/zod-openapi';
import {
  breakGlassGrantSchema,
  breakGlassRequestSchema,
  errorResponseSchema,
  idParamSchema,
  notificationSchema,
} from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { breakGlass } from './break-glass';
import { listNotifications, markNotificationRead } from './notifications';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found', ...json(errorResponseSchema) },
};

const breakGlassRoute = defineRoute(
  { kind: 'permission', anyOf: ['case.break_glass'] },
  {
    method: 'post',
    path: '/api/access/break-glass',
    tags: ['Access'],
    summary:
      'Open a record outside your scope for up to 3 hours, with a written reason (audited; owners notified)',
    request: { body: { required: true, ...json(breakGlassRequestSchema) } },
    responses: { 201: { description: 'Access granted', ...json(breakGlassGrantSchema) }, ...errors },
  },
);
const listRoute = defineRoute(
  { kind: 'signed_in' },
  {
    method: 'get',
    path: '/api/notifications',
    tags: ['Notifications'],
    summary: 'My notifications',
    responses: { 200: { description: 'Notifications', ...json(z.array(notificationSchema)) }, ...errors },
  },
);
const readRoute = defineRoute(
  { kind: 'signed_in' },
  {
    method: 'post',
    path: '/api/notifications/{id}/read',
    tags: ['Notifications'],
    summary: 'Mark a notification as read',
    request: { params: idParamSchema },
    responses: { 204: { description: 'Marked' }, ...errors },
  },
);

export const accessRoutes = createRouter()
  .openapi(breakGlassRoute, async (c) => c.json(await breakGlass(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(listRoute, async (c) => c.json(await listNotifications(c.get('ctx')), 200))
  .openapi(readRoute, async (c) => {
    await markNotificationRead(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });

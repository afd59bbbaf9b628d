import { z } from '@hono/zod-openapi';
import { errorResponseSchema } from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listDirectory } from './list-directory';

const r = {
  list: defineRoute(
    { kind: 'permission', anyOf: ['case.update', 'referral.create', 'case.read'] },
    {
      method: 'get',
      path: '/api/directory/agencies',
      tags: ['Cases'],
      summary: 'Active agencies (name, type, province) to share a case with or refer to',
      request: {
        query: z.object({
          type: z.string().max(64).optional(),
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
        }),
      },
      responses: {
        200: {
          description: 'Agencies',
          ...json(
            z.array(
              z.object({ id: z.string(), name: z.string(), typeCode: z.string(), provinceCode: z.string() }),
            ),
          ),
        },
        401: { description: 'Not signed in', ...json(errorResponseSchema) },
        403: { description: 'Not permitted', ...json(errorResponseSchema) },
      },
    },
  ),
};

export const directoryRoutes = createRouter().openapi(r.list, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    await listDirectory(c.get('ctx'), { typeCode: query.type, provinceCode: query.province }),
    200,
  );
});

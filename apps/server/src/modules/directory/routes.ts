import { z } from '@hono/zod-openapi';
import {
  agencyServicesSchema,
  errorResponseSchema,
  idParamSchema,
  publishServiceSchema,
  serviceCodeParamSchema,
  serviceEntrySchema,
  serviceSearchQuerySchema,
  serviceSearchSchema,
} from '@lantern/domain';
import { anyOf, defineRoute, moduleRoutes } from '../../access/route-access';
import { answer, json, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listAgencyServices } from './list-agency-services';
import { listDirectory } from './list-directory';
import { publishService } from './publish-service';
import { searchServices } from './search-services';
import { directoryReaders } from './who-reads';
import { withdrawService } from './withdraw-service';

const route = moduleRoutes(['Directory'], scopedErrors);

const r = {
  list: defineRoute(
    // training.manage (#19): an agency administrator names the agencies whose staff took part in a training.
    { kind: 'permission', anyOf: ['case.update', 'referral.create', 'case.read', 'training.manage'] },
    {
      method: 'get',
      path: '/api/directory/agencies',
      tags: ['Cases'],
      summary: 'Active agencies (name, type, province) to share a case with or refer to',
      request: {
        query: z.object({
          type: z.string().max(64).optional(),
          q: z
            .string()
            .max(100)
            .optional()
            .describe('Words to find, each in the name, type or province (any order, no diacritics needed)'),
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
  search: route(anyOf(...directoryReaders), {
    method: 'get',
    path: '/api/directory/services',
    summary: 'Who can provide a service to this person, here: ranked by area, eligibility and free places',
    description:
      'Entries of active agencies. Those that do not fit the person are returned too, after those that do, with the reasons (`misfits`): outside_area, age, sex, nationality, no_capacity, language.',
    request: { query: serviceSearchQuerySchema },
    responses: { 200: answer('Ranked service entries', serviceSearchSchema) },
  }),
  agencyServices: route(anyOf(...directoryReaders), {
    method: 'get',
    path: '/api/directory/agencies/{id}/services',
    summary: 'The services one active agency publishes',
    request: { params: idParamSchema },
    responses: { 200: answer('The agency and its services', agencyServicesSchema) },
  }),
  publish: route(anyOf('referral.respond'), {
    method: 'put',
    path: '/api/directory/services/{serviceCode}',
    summary: 'Publish or update one service of your own agency (the whole entry)',
    request: { params: serviceCodeParamSchema, body: jsonBody(publishServiceSchema) },
    responses: { 200: answer('Published', serviceEntrySchema) },
  }),
  withdraw: route(anyOf('referral.respond'), {
    method: 'delete',
    path: '/api/directory/services/{serviceCode}',
    summary: 'Withdraw one service of your own agency from the directory',
    request: { params: serviceCodeParamSchema },
    responses: { 204: { description: 'Withdrawn' } },
  }),
};

export const directoryRoutes = createRouter()
  .openapi(r.list, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await listDirectory(c.get('ctx'), { typeCode: query.type, provinceCode: query.province, q: query.q }),
      200,
    );
  })
  .openapi(r.search, async (c) => c.json(await searchServices(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.agencyServices, async (c) =>
    c.json(await listAgencyServices(c.get('ctx'), c.req.valid('param').id), 200),
  )
  .openapi(r.publish, async (c) =>
    c.json(await publishService(c.get('ctx'), c.req.valid('param').serviceCode, c.req.valid('json')), 200),
  )
  .openapi(r.withdraw, async (c) => {
    await withdrawService(c.get('ctx'), c.req.valid('param').serviceCode);
    return c.body(null, 204);
  });

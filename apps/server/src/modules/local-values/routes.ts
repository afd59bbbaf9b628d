import {
  createLocalValueSchema,
  errorResponseSchema,
  localValueParamsSchema,
  localValueSchema,
  localValuesResponseSchema,
  updateLocalValueSchema,
  vocabularyParamsSchema,
} from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { addLocalValue } from './add-local-value';
import { listLocalValues } from './list-local-values';
import { reactivateLocalValue } from './reactivate-local-value';
import { retireLocalValue } from './retire-local-value';
import { updateLocalValue } from './update-local-value';

const vocabularyAdmin: RouteAccess = { kind: 'permission', anyOf: ['admin.vocabularies.manage'] };
const tags = ['Administration'];
const errors = {
  400: {
    description:
      'Invalid input, each field named: a code or a name the list already has (also among retired values), or a built-in code, which cannot be changed',
    ...json(errorResponseSchema),
  },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'No such vocabulary or local value', ...json(errorResponseSchema) },
};
const base = '/api/admin/vocabularies/{id}/local-values';

const r = {
  list: defineRoute(vocabularyAdmin, {
    method: 'get',
    path: base,
    tags,
    summary: 'Values administrators added to a vocabulary, retired ones included',
    request: { params: vocabularyParamsSchema },
    responses: { 200: { description: 'Local values', ...json(localValuesResponseSchema) }, ...errors },
  }),
  add: defineRoute(vocabularyAdmin, {
    method: 'post',
    path: base,
    tags,
    summary: 'Add a local value (namespace "local") to a vocabulary',
    description:
      'The value is offered at once in GET /api/reference/vocabularies/{id}. It may not repeat the name of a code of the list in any namespace, nor a label of the list in any language (ignoring case and diacritics); HTCDS codes stay as they are.',
    request: { params: vocabularyParamsSchema, body: { required: true, ...json(createLocalValueSchema) } },
    responses: { 201: { description: 'Added', ...json(localValueSchema) }, ...errors },
  }),
  update: defineRoute(vocabularyAdmin, {
    method: 'patch',
    path: `${base}/{code}`,
    tags,
    summary: 'Correct the names, description or HTCDS export of a local value (its code never changes)',
    request: { params: localValueParamsSchema, body: { required: true, ...json(updateLocalValueSchema) } },
    responses: { 200: { description: 'Updated', ...json(localValueSchema) }, ...errors },
  }),
  retire: defineRoute(vocabularyAdmin, {
    method: 'post',
    path: `${base}/{code}/retire`,
    tags,
    summary: 'Stop offering a local value for new entries; records that hold it still read it',
    request: { params: localValueParamsSchema },
    responses: { 200: { description: 'Retired', ...json(localValueSchema) }, ...errors },
  }),
  reactivate: defineRoute(vocabularyAdmin, {
    method: 'post',
    path: `${base}/{code}/reactivate`,
    tags,
    summary: 'Offer a retired local value again',
    request: { params: localValueParamsSchema },
    responses: { 200: { description: 'Offered again', ...json(localValueSchema) }, ...errors },
  }),
};

export const localValueRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listLocalValues(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.add, async (c) =>
    c.json(await addLocalValue(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.update, async (c) => {
    const { id, code } = c.req.valid('param');
    return c.json(await updateLocalValue(c.get('ctx'), id, code, c.req.valid('json')), 200);
  })
  .openapi(r.retire, async (c) => {
    const { id, code } = c.req.valid('param');
    return c.json(await retireLocalValue(c.get('ctx'), id, code), 200);
  })
  .openapi(r.reactivate, async (c) => {
    const { id, code } = c.req.valid('param');
    return c.json(await reactivateLocalValue(c.get('ctx'), id, code), 200);
  });

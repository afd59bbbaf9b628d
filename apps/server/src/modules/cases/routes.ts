import {
  caseDetailSchema,
  caseListQuerySchema,
  caseListSchema,
  errorResponseSchema,
  idParamSchema,
  matchRequestSchema,
  matchResponseSchema,
  registerCaseSchema,
  transitionSchema,
} from '@lantern/domain';
import { defineRoute } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { getCase } from './get-case';
import { listCases } from './list-cases';
import { matchPersons } from './match-persons';
import { registerCase } from './register-case';
import { transitionCase } from './transition-case';

const errors = {
  400: { description: 'Invalid input, with field-level details', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found (or outside your scope)', ...json(errorResponseSchema) },
};
const tags = ['Cases'];

const r = {
  match: defineRoute(
    { kind: 'permission', anyOf: ['case.create', 'case.read'] },
    {
      method: 'post',
      path: '/api/persons/match',
      tags,
      summary: 'Search before create: ranked candidates with scores and reasons (audited, rate-limited)',
      request: { body: { required: true, ...json(matchRequestSchema) } },
      responses: {
        200: { description: 'Candidates', ...json(matchResponseSchema) },
        429: { description: 'Too many searches', ...json(errorResponseSchema) },
        ...errors,
      },
    },
  ),
  register: defineRoute(
    { kind: 'permission', anyOf: ['case.create'] },
    {
      method: 'post',
      path: '/api/cases',
      tags,
      summary: 'Register a person and their case with consent',
      request: { body: { required: true, ...json(registerCaseSchema) } },
      responses: {
        201: { description: 'Registered', ...json(caseDetailSchema) },
        409: { description: 'A probable duplicate exists (search first)', ...json(errorResponseSchema) },
        429: {
          description: 'Too many searches (duplicate answers count with /api/persons/match)',
          ...json(errorResponseSchema),
        },
        ...errors,
      },
    },
  ),
  list: defineRoute(
    { kind: 'permission', anyOf: ['case.read', 'case.create', 'case.read_province'] },
    {
      method: 'get',
      path: '/api/cases',
      tags,
      summary: 'Cases you may see, with filters and paging',
      request: { query: caseListQuerySchema },
      responses: { 200: { description: 'Cases', ...json(caseListSchema) }, ...errors },
    },
  ),
  get: defineRoute(
    { kind: 'permission', anyOf: ['case.read', 'case.create', 'case.read_province', 'case.break_glass'] },
    {
      method: 'get',
      path: '/api/cases/{id}',
      tags,
      summary: 'One case; identifying data only where permitted, and every such view is audited',
      request: { params: idParamSchema },
      responses: { 200: { description: 'Case', ...json(caseDetailSchema) }, ...errors },
    },
  ),
  transition: defineRoute(
    { kind: 'permission', anyOf: ['case.update'] },
    {
      method: 'post',
      path: '/api/cases/{id}/transitions',
      tags,
      summary: 'Move the case through its lifecycle (invalid transitions are refused with the reason)',
      request: { params: idParamSchema, body: { required: true, ...json(transitionSchema) } },
      responses: {
        200: { description: 'Moved', ...json(caseDetailSchema) },
        409: { description: 'Not allowed from the current state', ...json(errorResponseSchema) },
        ...errors,
      },
    },
  ),
};

export const caseRoutes = createRouter()
  .openapi(r.match, async (c) => c.json(await matchPersons(c.get('ctx'), c.req.valid('json')), 200))
  .openapi(r.register, async (c) => c.json(await registerCase(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.list, async (c) => c.json(await listCases(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.get, async (c) => c.json(await getCase(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.transition, async (c) =>
    c.json(await transitionCase(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

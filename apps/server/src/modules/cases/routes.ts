import {
  caseDetailSchema,
  caseListQuerySchema,
  caseListSchema,
  correctPersonSchema,
  idParamSchema,
  matchRequestSchema,
  matchResponseSchema,
  personCorrectedSchema,
  personHistorySchema,
  personRecordSchema,
  registerCaseSchema,
  transitionSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { correctPerson } from './correct-person';
import { getCase } from './get-case';
import { listCases } from './list-cases';
import { matchPersons } from './match-persons';
import { listPersonHistory } from './person-history';
import { readPersonRecord } from './person-record';
import { registerCase } from './register-case';
import { transitionCase } from './transition-case';

const route = moduleRoutes(['Cases'], scopedErrors);

const r = {
  match: route(anyOf('case.create', 'case.read'), {
    method: 'post',
    path: '/api/persons/match',
    summary: 'Search before create: ranked candidates with scores and reasons (audited, rate-limited)',
    request: { body: jsonBody(matchRequestSchema) },
    responses: { 200: answer('Candidates', matchResponseSchema), 429: errorAnswer('Too many searches') },
  }),
  register: route(anyOf('case.create'), {
    method: 'post',
    path: '/api/cases',
    summary: 'Register a person and their case with consent',
    request: { body: jsonBody(registerCaseSchema) },
    responses: {
      201: answer('Registered', caseDetailSchema),
      409: errorAnswer('A probable duplicate exists (search first)'),
      429: errorAnswer('Too many searches (duplicate answers count with /api/persons/match)'),
    },
  }),
  list: route(anyOf('case.read', 'case.create', 'case.read_province'), {
    method: 'get',
    path: '/api/cases',
    summary: 'Cases you may see, with filters and paging',
    request: { query: caseListQuerySchema },
    responses: { 200: answer('Cases', caseListSchema) },
  }),
  get: route(anyOf('case.read', 'case.create', 'case.read_province', 'case.break_glass'), {
    method: 'get',
    path: '/api/cases/{id}',
    summary: 'One case; identifying data only where permitted, and every such view is audited',
    request: { params: idParamSchema },
    responses: { 200: answer('Case', caseDetailSchema) },
  }),
  transition: route(anyOf('case.update'), {
    method: 'post',
    path: '/api/cases/{id}/transitions',
    summary: 'Move the case through its lifecycle (invalid transitions are refused with the reason)',
    request: { params: idParamSchema, body: jsonBody(transitionSchema) },
    responses: {
      200: answer('Moved', caseDetailSchema),
      409: errorAnswer('Not allowed from the current state'),
    },
  }),
  person: route(anyOf('case.update'), {
    method: 'get',
    path: '/api/cases/{id}/person',
    summary: 'The person as it stands, to correct it (owning agency; the identity read is audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('Person', personRecordSchema) },
  }),
  correctPerson: route(anyOf('case.update'), {
    method: 'patch',
    path: '/api/cases/{id}/person',
    summary: 'Correct the identity and/or profile, with a reason; the old identity is kept sealed in history',
    request: { params: idParamSchema, body: jsonBody(correctPersonSchema) },
    responses: {
      200: answer('Corrected', personCorrectedSchema),
      409: errorAnswer('Someone corrected the person since this version was read'),
    },
  }),
  personHistory: route(anyOf('case.read', 'case.break_glass'), {
    method: 'get',
    path: '/api/cases/{id}/person/history',
    summary: 'The identities the person had before each correction (identity readers; audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('History', personHistorySchema) },
  }),
};

export const caseRoutes = createRouter()
  .openapi(r.match, async (c) => c.json(await matchPersons(c.get('ctx'), c.req.valid('json')), 200))
  .openapi(r.register, async (c) => c.json(await registerCase(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.list, async (c) => c.json(await listCases(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.get, async (c) => c.json(await getCase(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.transition, async (c) =>
    c.json(await transitionCase(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.person, async (c) => c.json(await readPersonRecord(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.correctPerson, async (c) =>
    c.json(await correctPerson(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.personHistory, async (c) =>
    c.json(await listPersonHistory(c.get('ctx'), c.req.valid('param').id), 200),
  );

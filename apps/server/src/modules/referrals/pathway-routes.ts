import { z } from '@hono/zod-openapi';
import {
  casePathwaySchema,
  idParamSchema,
  pathwayInputSchema,
  pathwaySchema,
  startPathwaySchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter, type LanternRouter } from '../../lib/router';
import { listCasePathways } from './case-pathways';
import { listPathways } from './list-pathways';
import { createPathway, updatePathway } from './save-pathway';
import { startPathway } from './start-pathway';

const route = moduleRoutes(['Referrals'], scopedErrors);
const keepers = anyOf('case.read_province', 'admin.vocabularies.manage');

const r = {
  list: route(anyOf('referral.create', 'referral.respond', 'case.read', 'admin.vocabularies.manage'), {
    method: 'get',
    path: '/api/pathways',
    summary: 'Coordination pathways your agency can start (national and your province’s)',
    responses: { 200: answer('Pathways', z.array(pathwaySchema)) },
  }),
  create: route(keepers, {
    method: 'post',
    path: '/api/pathways',
    summary: 'Define a pathway: a coordinator for the province, a system administrator for the nation',
    request: { body: jsonBody(pathwayInputSchema) },
    responses: { 201: answer('Defined', pathwaySchema) },
  }),
  update: route(keepers, {
    method: 'put',
    path: '/api/pathways/{id}',
    summary:
      'Change a pathway’s steps, or retire it (active: false); runs already started keep their referrals',
    request: {
      params: idParamSchema,
      body: jsonBody(pathwayInputSchema.extend({ active: z.boolean().optional() })),
    },
    responses: { 200: answer('Changed', pathwaySchema) },
  }),
  ofCase: route(anyOf('referral.create', 'referral.respond', 'case.read'), {
    method: 'get',
    path: '/api/cases/{id}/pathways',
    summary: 'Pathways started on the case, step by step, and where the person is on each',
    request: { params: idParamSchema },
    responses: { 200: answer('Pathways', z.array(casePathwaySchema)) },
  }),
  start: route(anyOf('referral.create'), {
    method: 'post',
    path: '/api/cases/{id}/pathways',
    summary: 'Start a pathway on your agency’s case: every step’s referral is sent with its deadline',
    request: { params: idParamSchema, body: jsonBody(startPathwaySchema) },
    responses: {
      201: answer('Started', casePathwaySchema),
      409: errorAnswer(
        'The person’s consent does not cover a step’s agency (the step is named), or the case is closed',
      ),
    },
  }),
};

export const pathwayRoutes: LanternRouter = createRouter()
  .openapi(r.list, async (c) => c.json(await listPathways(c.get('ctx')), 200))
  .openapi(r.create, async (c) => c.json(await createPathway(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.update, async (c) =>
    c.json(await updatePathway(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.ofCase, async (c) => c.json(await listCasePathways(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.start, async (c) =>
    c.json(await startPathway(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

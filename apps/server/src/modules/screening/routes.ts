import { z } from '@hono/zod-openapi';
import {
  createScreeningSchema,
  errorResponseSchema,
  idParamSchema,
  instrumentDetailSchema,
  instrumentParamsSchema,
  instrumentSummarySchema,
  publishInstrumentSchema,
  scoredResultSchema,
  scoreRequestSchema,
  screeningDetailSchema,
  screeningListQuerySchema,
  screeningListSchema,
  verifyInstrumentSchema,
} from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { getScreening } from './get-screening';
import { getInstrument, listInstruments } from './list-instruments';
import { listScreenings } from './list-screenings';
import { publishInstrument } from './publish-instrument';
import { scoreAnswers } from './score-answers';
import { submitScreening } from './submit-screening';
import { verifyInstrument } from './verify-instrument';

const errors = {
  400: { description: 'Invalid input, with field-level details', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found (or outside your scope)', ...json(errorResponseSchema) },
};
const tags = ['Screening'];
const readInstruments: RouteAccess = {
  kind: 'permission',
  anyOf: ['screening.create', 'screening.read', 'admin.instruments.manage'],
};
const manageInstruments: RouteAccess = { kind: 'permission', anyOf: ['admin.instruments.manage'] };
const instrumentParams = { params: instrumentParamsSchema };

const r = {
  listInstruments: defineRoute(readInstruments, {
    method: 'get',
    path: '/api/instruments',
    tags,
    summary: 'Screening instruments in use (latest and older versions)',
    responses: { 200: { description: 'Instruments', ...json(z.array(instrumentSummarySchema)) }, ...errors },
  }),
  getInstrument: defineRoute(readInstruments, {
    method: 'get',
    path: '/api/instruments/{id}/{version}',
    tags,
    summary: 'One instrument version with its questions, scoring rule and needs',
    request: instrumentParams,
    responses: { 200: { description: 'Instrument', ...json(instrumentDetailSchema) }, ...errors },
  }),
  score: defineRoute(
    { kind: 'permission', anyOf: ['screening.create', 'admin.instruments.manage'] },
    {
      method: 'post',
      path: '/api/instruments/{id}/{version}/score',
      tags,
      summary: 'Dry run: score answers with this version and explain the outcome; nothing is stored',
      request: { ...instrumentParams, body: { required: true, ...json(scoreRequestSchema) } },
      responses: { 200: { description: 'Scored result', ...json(scoredResultSchema) }, ...errors },
    },
  ),
  publish: defineRoute(manageInstruments, {
    method: 'post',
    path: '/api/instruments',
    tags,
    summary: 'Publish a new instrument version from data',
    request: { body: { required: true, ...json(publishInstrumentSchema) } },
    responses: {
      201: { description: 'Published', ...json(instrumentSummarySchema) },
      409: { description: 'Version not newer than the published ones', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
  verify: defineRoute(manageInstruments, {
    method: 'post',
    path: '/api/instruments/{id}/{version}/verification',
    tags,
    summary: 'Record a check of a secondary-source version against its primary source',
    request: { ...instrumentParams, body: { required: true, ...json(verifyInstrumentSchema) } },
    responses: {
      200: { description: 'Recorded', ...json(instrumentSummarySchema) },
      409: { description: 'Not a secondary-source version', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
  submit: defineRoute(
    { kind: 'permission', anyOf: ['screening.create'] },
    {
      method: 'post',
      path: '/api/screenings',
      tags,
      summary: 'Store a screening; the server scores it (any client result is ignored)',
      request: { body: { required: true, ...json(createScreeningSchema) } },
      responses: {
        201: { description: 'Stored and scored', ...json(screeningDetailSchema) },
        200: { description: 'This draft was already stored', ...json(screeningDetailSchema) },
        ...errors,
      },
    },
  ),
  list: defineRoute(
    { kind: 'permission', anyOf: ['screening.read', 'screening.create'] },
    {
      method: 'get',
      path: '/api/screenings',
      tags,
      summary: 'Screenings of your agency, newest first',
      request: { query: screeningListQuerySchema },
      responses: { 200: { description: 'Screenings', ...json(screeningListSchema) }, ...errors },
    },
  ),
  get: defineRoute(
    // A screener without screening.read still sees the screenings they made (the scope decides).
    { kind: 'permission', anyOf: ['screening.read', 'screening.create'] },
    {
      method: 'get',
      path: '/api/screenings/{id}',
      tags,
      summary: 'One screening with answers and results',
      request: { params: idParamSchema },
      responses: { 200: { description: 'Screening', ...json(screeningDetailSchema) }, ...errors },
    },
  ),
};

export const screeningRoutes = createRouter()
  .openapi(r.listInstruments, async (c) => c.json(await listInstruments(c.get('ctx')), 200))
  .openapi(r.getInstrument, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(await getInstrument(c.get('ctx'), id, version), 200);
  })
  .openapi(r.score, async (c) => {
    const { id, version } = c.req.valid('param');
    const result = await scoreAnswers(c.get('ctx'), { id, version, answers: c.req.valid('json').answers });
    return c.json(result, 200);
  })
  .openapi(r.publish, async (c) => c.json(await publishInstrument(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.verify, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(await verifyInstrument(c.get('ctx'), { id, version, note: c.req.valid('json').note }), 200);
  })
  .openapi(r.submit, async (c) => {
    const { screening, created } = await submitScreening(c.get('ctx'), c.req.valid('json'));
    return created ? c.json(screening, 201) : c.json(screening, 200);
  })
  .openapi(r.list, async (c) => c.json(await listScreenings(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.get, async (c) => c.json(await getScreening(c.get('ctx'), c.req.valid('param').id), 200));

import { z } from '@hono/zod-openapi';
import {
  createScreeningSchema,
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
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { getScreening } from './get-screening';
import { getInstrument, listInstruments } from './list-instruments';
import { listScreenings } from './list-screenings';
import { publishInstrument } from './publish-instrument';
import { scoreAnswers } from './score-answers';
import { submitScreening } from './submit-screening';
import { verifyInstrument } from './verify-instrument';

const route = moduleRoutes(['Screening'], scopedErrors);
const readInstruments = anyOf('screening.create', 'screening.read', 'admin.instruments.manage');
const manageInstruments = anyOf('admin.instruments.manage');
const instrumentParams = { params: instrumentParamsSchema };

const r = {
  listInstruments: route(readInstruments, {
    method: 'get',
    path: '/api/instruments',
    summary: 'Screening instruments in use (latest and older versions)',
    responses: { 200: answer('Instruments', z.array(instrumentSummarySchema)) },
  }),
  getInstrument: route(readInstruments, {
    method: 'get',
    path: '/api/instruments/{id}/{version}',
    summary: 'One instrument version with its questions, scoring rule and needs',
    request: instrumentParams,
    responses: { 200: answer('Instrument', instrumentDetailSchema) },
  }),
  score: route(anyOf('screening.create', 'admin.instruments.manage'), {
    method: 'post',
    path: '/api/instruments/{id}/{version}/score',
    summary: 'Dry run: score answers with this version and explain the outcome; nothing is stored',
    request: { ...instrumentParams, body: jsonBody(scoreRequestSchema) },
    responses: { 200: answer('Scored result', scoredResultSchema) },
  }),
  publish: route(manageInstruments, {
    method: 'post',
    path: '/api/instruments',
    summary: 'Publish a new instrument version from data',
    request: { body: jsonBody(publishInstrumentSchema) },
    responses: {
      201: answer('Published', instrumentSummarySchema),
      409: errorAnswer('Version not newer than the published ones'),
    },
  }),
  verify: route(manageInstruments, {
    method: 'post',
    path: '/api/instruments/{id}/{version}/verification',
    summary: 'Record a check of a secondary-source version against its primary source',
    request: { ...instrumentParams, body: jsonBody(verifyInstrumentSchema) },
    responses: {
      200: answer('Recorded', instrumentSummarySchema),
      409: errorAnswer('Not a secondary-source version'),
    },
  }),
  submit: route(anyOf('screening.create'), {
    method: 'post',
    path: '/api/screenings',
    summary: 'Store a screening; the server scores it (any client result is ignored)',
    request: { body: jsonBody(createScreeningSchema) },
    responses: {
      201: answer('Stored and scored', screeningDetailSchema),
      200: answer('This draft was already stored', screeningDetailSchema),
    },
  }),
  list: route(anyOf('screening.read', 'screening.create'), {
    method: 'get',
    path: '/api/screenings',
    summary: 'Screenings of your agency, newest first',
    request: { query: screeningListQuerySchema },
    responses: { 200: answer('Screenings', screeningListSchema) },
  }),
  // A screener without screening.read still sees the screenings they made (the scope decides).
  get: route(anyOf('screening.read', 'screening.create'), {
    method: 'get',
    path: '/api/screenings/{id}',
    summary: 'One screening with answers and results',
    request: { params: idParamSchema },
    responses: { 200: answer('Screening', screeningDetailSchema) },
  }),
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

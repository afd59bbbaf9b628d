import { z } from '@hono/zod-openapi';
import {
  indicatorCatalogueSchema,
  indicatorDefinitionInputSchema,
  indicatorSummarySchema,
  indicatorTableSchema,
  indicatorTargetListSchema,
  indicatorValuesQuerySchema,
  setIndicatorTargetsSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { redefineIndicator, retireIndicator } from './change-indicator';
import { defineIndicator } from './define-indicator';
import { getIndicatorValues } from './get-indicator-values';
import { listIndicatorTargets } from './list-indicator-targets';
import { listIndicators } from './list-indicators';
import { setIndicatorTargets } from './set-indicator-targets';

const route = moduleRoutes(['Indicators'], scopedErrors);
/** Own-scope readers (indicators.read) and national, aggregate-only readers (stats.read_aggregate). */
const readIndicators = anyOf('indicators.read', 'stats.read_aggregate');

const r = {
  list: route(
    anyOf(
      'indicators.read',
      'stats.read_aggregate',
      'admin.indicator_targets.manage',
      'admin.indicators.manage',
    ),
    {
      method: 'get',
      path: '/api/indicators',
      summary:
        'The indicator catalogue: definitions in vi/en/ar, unit, building block, breakdowns and targets',
      responses: { 200: answer('Catalogue', indicatorCatalogueSchema) },
    },
  ),
  define: route(anyOf('admin.indicators.manage'), {
    method: 'post',
    path: '/api/indicators',
    summary:
      "Adds an administrator's own indicator, composed from the building blocks (count, ratio, median of days, mean over a subject with named filters)",
    request: { body: jsonBody(indicatorDefinitionInputSchema) },
    responses: { 201: answer('The new indicator', indicatorSummarySchema) },
  }),
  redefine: route(anyOf('admin.indicators.manage'), {
    method: 'put',
    path: '/api/indicators/{code}',
    summary: "Changes an administrator's own indicator (Lantern's seeded indicators cannot be changed: 409)",
    request: {
      params: z.object({ code: z.string().max(48) }),
      body: jsonBody(indicatorDefinitionInputSchema),
    },
    responses: {
      200: answer('The changed indicator', indicatorSummarySchema),
      409: errorAnswer("A seeded indicator: part of Lantern's catalogue, not changed here"),
    },
  }),
  retire: route(anyOf('admin.indicators.manage'), {
    method: 'delete',
    path: '/api/indicators/{code}',
    summary: "Retires an administrator's own indicator: it leaves the catalogue and its code is never reused",
    request: { params: z.object({ code: z.string().max(48) }) },
    responses: {
      204: { description: 'Retired' },
      409: errorAnswer("A seeded indicator: part of Lantern's catalogue, not retired here"),
    },
  }),
  values: route(readIndicators, {
    method: 'get',
    path: '/api/indicators/{code}/values',
    summary:
      "An indicator's table by period and up to two breakdowns; the national scope is suppressed (k = 11, with secondary suppression). National-only indicators (survivor voice) refuse scope=own with a 400 naming `scope`",
    request: { params: z.object({ code: z.string().max(48) }), query: indicatorValuesQuerySchema },
    responses: {
      200: answer('Table', indicatorTableSchema),
      409: errorAnswer('The indicator needs data this installation does not record yet'),
    },
  }),
  setTargets: route(anyOf('admin.indicator_targets.manage'), {
    method: 'put',
    path: '/api/indicators/{code}/targets',
    summary:
      "Sets (a number) or clears (null) an indicator's targets year by year, national or for one province",
    request: { params: z.object({ code: z.string().max(48) }), body: jsonBody(setIndicatorTargetsSchema) },
    responses: { 200: answer("The indicator's targets", indicatorTargetListSchema) },
  }),
  listTargets: route(anyOf('indicators.read', 'stats.read_aggregate', 'admin.indicator_targets.manage'), {
    method: 'get',
    path: '/api/indicator-targets',
    summary: 'Every indicator target entered, national and provincial',
    responses: { 200: answer('Targets', indicatorTargetListSchema) },
  }),
};

export const indicatorRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listIndicators(c.get('ctx')), 200))
  .openapi(r.define, async (c) => c.json(await defineIndicator(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.redefine, async (c) =>
    c.json(await redefineIndicator(c.get('ctx'), c.req.valid('param').code, c.req.valid('json')), 200),
  )
  .openapi(r.retire, async (c) => {
    await retireIndicator(c.get('ctx'), c.req.valid('param').code);
    return c.body(null, 204);
  })
  .openapi(r.listTargets, async (c) => c.json(await listIndicatorTargets(c.get('ctx')), 200))
  .openapi(r.setTargets, async (c) =>
    c.json(await setIndicatorTargets(c.get('ctx'), c.req.valid('param').code, c.req.valid('json')), 200),
  )
  .openapi(r.values, async (c) =>
    c.json(await getIndicatorValues(c.get('ctx'), c.req.valid('param').code, c.req.valid('query')), 200),
  );

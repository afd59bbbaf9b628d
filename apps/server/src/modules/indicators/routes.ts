import { z } from '@hono/zod-openapi';
import { indicatorCatalogueSchema, indicatorTableSchema, indicatorValuesQuerySchema } from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { getIndicatorValues } from './get-indicator-values';
import { listIndicators } from './list-indicators';

const route = moduleRoutes(['Indicators'], scopedErrors);
/** Own-scope readers (indicators.read) and national, aggregate-only readers (stats.read_aggregate). */
const readIndicators = anyOf('indicators.read', 'stats.read_aggregate');

const r = {
  list: route(readIndicators, {
    method: 'get',
    path: '/api/indicators',
    summary: 'The indicator catalogue: definitions in vi/en/ar, unit, building block, breakdowns and targets',
    responses: { 200: answer('Catalogue', indicatorCatalogueSchema) },
  }),
  values: route(readIndicators, {
    method: 'get',
    path: '/api/indicators/{code}/values',
    summary:
      "An indicator's table by period and up to two breakdowns; the national scope is suppressed (k = 11, with secondary suppression)",
    request: { params: z.object({ code: z.string().max(48) }), query: indicatorValuesQuerySchema },
    responses: {
      200: answer('Table', indicatorTableSchema),
      409: errorAnswer('The indicator needs data this installation does not record yet'),
    },
  }),
};

export const indicatorRoutes = createRouter()
  .openapi(r.list, (c) => c.json(listIndicators(c.get('ctx')), 200))
  .openapi(r.values, async (c) =>
    c.json(await getIndicatorValues(c.get('ctx'), c.req.valid('param').code, c.req.valid('query')), 200),
  );

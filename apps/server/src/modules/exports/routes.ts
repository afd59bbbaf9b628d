import { z } from '@hono/zod-openapi';
import { exportPeriodQuerySchema, htcdsExportRequestSchema, htcdsExportSchema } from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { exportCtdc } from './export-ctdc';
import { exportHtcds } from './export-htcds';

const route = moduleRoutes(['Partner exports'], scopedErrors);

const r = {
  ctdc: route(anyOf('export.deidentified'), {
    method: 'get',
    path: '/api/exports/ctdc',
    summary:
      'CTDC-style de-identified CSV of the victims registered in the period, k-anonymised (k = 11); the records left out are counted in X-Lantern-Suppressed',
    request: { query: exportPeriodQuerySchema },
    responses: {
      200: {
        description: 'The CSV file',
        content: { 'text/csv': { schema: z.string() } },
      },
    },
  }),
  htcds: route(anyOf('export.htcds'), {
    method: 'post',
    path: '/api/exports/htcds',
    summary:
      "HTCDS v2.0 file (CSV or JSON) of your agency's cases registered in the period, in an AES-256 zip; its password is answered once",
    request: { body: jsonBody(htcdsExportRequestSchema) },
    responses: {
      200: answer('The encrypted archive and its password', htcdsExportSchema),
      413: errorAnswer('Too many records for one file'),
    },
  }),
};

export const exportRoutes = createRouter()
  .openapi(r.ctdc, async (c) => {
    const query = c.req.valid('query');
    const result = await exportCtdc(c.get('ctx'), query);
    return c.body(result.csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ctdc-${query.from}-${query.to}.csv"`,
      'X-Lantern-Records': String(result.records),
      'X-Lantern-Suppressed': String(result.suppressed),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  })
  .openapi(r.htcds, async (c) => {
    const result = await exportHtcds(c.get('ctx'), c.req.valid('json'));
    c.header('Cache-Control', 'no-store');
    return c.json(result, 200);
  });

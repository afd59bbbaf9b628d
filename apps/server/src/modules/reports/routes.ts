import { z } from '@hono/zod-openapi';
import {
  idParamSchema,
  reportJobListSchema,
  reportJobSchema,
  requestReviewReportSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { downloadReport, type ReportFormat } from './download-report';
import { getReport } from './get-report';
import { listReports } from './list-reports';
import { requestReviewReport } from './request-review-report';

const route = moduleRoutes(['Reports'], scopedErrors);
/** The readers of indicators: own-scope (indicators.read) and national, suppressed (stats.read_aggregate). */
const readReports = anyOf('indicators.read', 'stats.read_aggregate');

const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const download = (format: ReportFormat) =>
  route(readReports, {
    method: 'get',
    path: `/api/reports/{id}/${format}`,
    summary: `The finished report's ${format.toUpperCase()} file (every download is audited)`,
    request: { params: idParamSchema },
    responses: {
      200: {
        description: 'The file',
        content: { [contentTypes[format]]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      409: errorAnswer('The report is not finished'),
      410: errorAnswer('The report has expired'),
    },
  });

const r = {
  request: route(readReports, {
    method: 'post',
    path: '/api/reports/review',
    summary:
      'Asks for a review report (years against a target year, own or national scope); built in the background',
    request: { body: jsonBody(requestReviewReportSchema) },
    responses: {
      202: answer('The queued job', reportJobSchema),
      429: errorAnswer('Too many of this reader’s reports are waiting already'),
    },
  }),
  list: route(readReports, {
    method: 'get',
    path: '/api/reports',
    summary: "The reader's own report jobs, newest first",
    responses: { 200: answer('Jobs', reportJobListSchema) },
  }),
  get: route(readReports, {
    method: 'get',
    path: '/api/reports/{id}',
    summary: "One of the reader's report jobs, with its progress",
    request: { params: idParamSchema },
    responses: { 200: answer('Job', reportJobSchema) },
  }),
  pdf: download('pdf'),
  xlsx: download('xlsx'),
};

const sendFile = async (ctx: Parameters<typeof downloadReport>[0], id: string, format: ReportFormat) => {
  const { file, fileName } = await downloadReport(ctx, id, format);
  return {
    body: new Uint8Array(file),
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Length': String(file.length),
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  };
};

export const reportRoutes = createRouter()
  .openapi(r.request, async (c) => c.json(await requestReviewReport(c.get('ctx'), c.req.valid('json')), 202))
  .openapi(r.list, async (c) => c.json(await listReports(c.get('ctx')), 200))
  .openapi(r.get, async (c) => c.json(await getReport(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.pdf, async (c) => {
    const { body, headers } = await sendFile(c.get('ctx'), c.req.valid('param').id, 'pdf');
    return c.body(body, 200, headers);
  })
  .openapi(r.xlsx, async (c) => {
    const { body, headers } = await sendFile(c.get('ctx'), c.req.valid('param').id, 'xlsx');
    return c.body(body, 200, headers);
  });

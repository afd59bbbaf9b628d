import {
  complaintCountsSchema,
  complaintDetailSchema,
  complaintListQuerySchema,
  complaintListSchema,
  complaintPublicStatusSchema,
  complaintReceiptSchema,
  complaintStatusQuerySchema,
  complaintStepSchema,
  fileComplaintSchema,
  idParamSchema,
  publicAgencyListSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes, type RouteAccess } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { checkComplaintStatus } from './check-complaint-status';
import { countComplaints } from './count-complaints';
import { fileComplaint } from './file-complaint';
import { getComplaint } from './get-complaint';
import { listComplaintAgencies } from './list-complaint-agencies';
import { listComplaints } from './list-complaints';
import { recordComplaintStep } from './record-complaint-step';

const route = moduleRoutes(['Complaints'], scopedErrors);
/** A survivor files and follows a complaint without an account; a signed-in worker may file on their behalf. */
const anyone: RouteAccess = { kind: 'public' };
const officers = anyOf('complaint.handle');
const limited = errorAnswer('Too many complaints or lookups from here; try again later');

const r = {
  agencies: route(anyone, {
    method: 'get',
    path: '/api/complaints/agencies',
    summary: 'The agencies a complaint can be about: names and provinces only',
    responses: { 200: answer('Agencies', publicAgencyListSchema) },
  }),
  file: route(anyone, {
    method: 'post',
    path: '/api/complaints',
    summary:
      'File a complaint about an agency (no account needed); routed to an officer outside that agency; answers a receipt code shown once',
    request: { body: jsonBody(fileComplaintSchema) },
    responses: { 201: answer('Filed', complaintReceiptSchema), 429: limited },
  }),
  status: route(anyone, {
    method: 'post',
    path: '/api/complaints/status',
    summary: 'The status of a complaint and its response, for the holder of the receipt code (rate-limited)',
    request: { body: jsonBody(complaintStatusQuerySchema) },
    responses: { 200: answer('Status', complaintPublicStatusSchema), 429: limited },
  }),
  list: route(officers, {
    method: 'get',
    path: '/api/complaints',
    summary: 'The complaints your agency handles, nearest deadline first, with overdue ones marked',
    request: { query: complaintListQuerySchema },
    responses: { 200: answer('Complaints', complaintListSchema) },
  }),
  counts: route(anyOf('stats.read_aggregate', 'complaint.handle'), {
    method: 'get',
    path: '/api/complaints/counts',
    summary:
      'Complaints of the last twelve months by category and status, and how many are overdue (national counts only)',
    responses: { 200: answer('Counts', complaintCountsSchema) },
  }),
  get: route(officers, {
    method: 'get',
    path: '/api/complaints/{id}',
    summary: 'One complaint with what the complainant wrote and the actions taken (audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('Complaint', complaintDetailSchema) },
  }),
  step: route(officers, {
    method: 'post',
    path: '/api/complaints/{id}/steps',
    summary: 'Record a note, the review, the response the complainant will read, closure or reopening',
    request: { params: idParamSchema, body: jsonBody(complaintStepSchema) },
    responses: {
      200: answer('Recorded', complaintDetailSchema),
      409: errorAnswer('The step does not follow'),
    },
  }),
};

export const complaintRoutes = createRouter()
  .openapi(r.agencies, async (c) => c.json(await listComplaintAgencies(c.get('ctx')), 200))
  .openapi(r.file, async (c) =>
    c.json(
      await fileComplaint(c.get('ctx'), c.req.valid('json'), c.get('runtime').complaintResponseDays),
      201,
    ),
  )
  .openapi(r.status, async (c) =>
    c.json(await checkComplaintStatus(c.get('ctx'), c.req.valid('json').receiptCode), 200),
  )
  .openapi(r.list, async (c) => c.json(await listComplaints(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.counts, async (c) => c.json(await countComplaints(c.get('ctx')), 200))
  .openapi(r.get, async (c) => c.json(await getComplaint(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.step, async (c) =>
    c.json(await recordComplaintStep(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

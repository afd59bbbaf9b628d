import { z } from '@hono/zod-openapi';
import {
  approvalListQuerySchema,
  approvalViewSchema,
  caseSupportSchema,
  createSupportPlanSchema,
  decideApprovalSchema,
  deliveryViewSchema,
  evidenceLinkViewSchema,
  idParamSchema,
  linkEvidenceSchema,
  recordDeliverySchema,
  rejectApprovalSchema,
  requestPlanClosureSchema,
  supportPlanViewSchema,
  supportRateInputSchema,
  supportRateViewSchema,
  updateDeliverySchema,
  updateSupportPlanSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, json, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { caseSupport } from './case-support';
import { createPlan } from './create-plan';
import { decideApproval } from './decide-approval';
import { linkEvidence } from './link-evidence';
import { listApprovals } from './list-approvals';
import { addRate, listRates } from './rates';
import { recordDelivery } from './record-delivery';
import { requestDeliveryApproval, requestPlanClosure } from './request-approval';
import { unlinkEvidence } from './unlink-evidence';
import { updateDelivery } from './update-delivery';
import { updatePlan } from './update-plan';

const route = moduleRoutes(['Support'], scopedErrors);
/** Whoever works on the case reads its support; the owning agency's case and support workers change it. */
const readWork = anyOf('case.read', 'case.break_glass');
const supportWork = anyOf('case.update', 'support.manage');
const approvers = anyOf('support.approve');
const conflict = errorAnswer('Not possible now: locked for approval, already approved, or already decided');

const deliveryParams = idParamSchema.extend({ deliveryId: z.uuid() });
const evidenceParams = deliveryParams.extend({ attachmentId: z.uuid() });
const planParams = idParamSchema.extend({ planId: z.uuid() });

const r = {
  caseSupport: route(readWork, {
    method: 'get',
    path: '/api/cases/{id}/support',
    summary:
      'Regimes the person is entitled to today with what was delivered under each, plans, deliveries and approvals',
    request: { params: idParamSchema },
    responses: { 200: answer('The case’s support', caseSupportSchema) },
  }),
  createPlan: route(supportWork, {
    method: 'post',
    path: '/api/cases/{id}/support-plans',
    summary: 'Open a support plan (HTCDS type, objectives sealed, planned services by regime and agency)',
    request: { params: idParamSchema, body: jsonBody(createSupportPlanSchema) },
    responses: { 201: answer('Opened', supportPlanViewSchema) },
  }),
  updatePlan: route(supportWork, {
    method: 'patch',
    path: '/api/cases/{id}/support-plans/{planId}',
    summary: 'Review a plan in progress: objectives, planned end, next review day',
    request: { params: planParams, body: jsonBody(updateSupportPlanSchema) },
    responses: { 200: answer('Reviewed', supportPlanViewSchema), 409: conflict },
  }),
  requestClosure: route(supportWork, {
    method: 'post',
    path: '/api/cases/{id}/support-plans/{planId}/closure-request',
    summary: 'Ask a supervisor to approve closing the plan',
    request: { params: planParams, body: jsonBody(requestPlanClosureSchema) },
    responses: { 201: answer('Asked', approvalViewSchema), 409: conflict },
  }),
  recordDelivery: route(supportWork, {
    method: 'post',
    path: '/api/cases/{id}/support-deliveries',
    summary: 'Record support given; with an amount (whole dong) it is a draft until a supervisor approves it',
    request: { params: idParamSchema, body: jsonBody(recordDeliverySchema) },
    responses: { 201: answer('Recorded', deliveryViewSchema) },
  }),
  updateDelivery: route(supportWork, {
    method: 'patch',
    path: '/api/cases/{id}/support-deliveries/{deliveryId}',
    summary: 'Fix a draft or rejected delivery; money waiting for a decision or approved is locked (409)',
    request: { params: deliveryParams, body: jsonBody(updateDeliverySchema) },
    responses: { 200: answer('Fixed', deliveryViewSchema), 409: conflict },
  }),
  linkEvidence: route(supportWork, {
    method: 'post',
    path: '/api/cases/{id}/support-deliveries/{deliveryId}/evidence',
    summary: 'Link a case attachment (uploaded through the case’s attachments) to a delivery as its evidence',
    request: { params: deliveryParams, body: jsonBody(linkEvidenceSchema) },
    responses: { 201: answer('Linked', evidenceLinkViewSchema), 409: conflict },
  }),
  unlinkEvidence: route(supportWork, {
    method: 'delete',
    path: '/api/cases/{id}/support-deliveries/{deliveryId}/evidence/{attachmentId}',
    summary:
      'Take a document off a delivery’s evidence; locked (409) once its money waits for or has approval',
    request: { params: evidenceParams },
    responses: { 200: answer('Unlinked', evidenceLinkViewSchema), 409: conflict },
  }),
  requestApproval: route(supportWork, {
    method: 'post',
    path: '/api/cases/{id}/support-deliveries/{deliveryId}/approval-request',
    summary: 'Ask a supervisor of the agency to approve the delivery’s money',
    request: { params: deliveryParams },
    responses: { 201: answer('Asked', approvalViewSchema), 409: conflict },
  }),
  listApprovals: route(approvers, {
    method: 'get',
    path: '/api/support/approvals',
    summary: 'Requests for approval in your agency (waiting ones by default, the longest waiting first)',
    request: { query: approvalListQuerySchema },
    responses: { 200: answer('Requests', z.array(approvalViewSchema)) },
  }),
  approve: route(approvers, {
    method: 'post',
    path: '/api/support/approvals/{id}/approve',
    summary: 'Approve a request; never your own (403 support.own_request); approved money is locked',
    request: { params: idParamSchema, body: { ...json(decideApprovalSchema), required: false } },
    responses: { 200: answer('Approved', approvalViewSchema), 409: conflict },
  }),
  reject: route(approvers, {
    method: 'post',
    path: '/api/support/approvals/{id}/reject',
    summary: 'Reject a request with the reason; never your own (403 support.own_request)',
    request: { params: idParamSchema, body: jsonBody(rejectApprovalSchema) },
    responses: { 200: answer('Rejected', approvalViewSchema), 409: conflict },
  }),
  listRates: route(anyOf('admin.support_rates.manage', 'case.read', 'support.manage'), {
    method: 'get',
    path: '/api/support/rates',
    summary: 'Monetary rates and ceilings per regime with their effective dates (configuration)',
    responses: { 200: answer('Rates', z.array(supportRateViewSchema)) },
  }),
  addRate: route(anyOf('admin.support_rates.manage'), {
    method: 'post',
    path: '/api/support/rates',
    summary: 'Enter a rate or ceiling from a day on; rates are never edited, a new one supersedes',
    request: { body: jsonBody(supportRateInputSchema) },
    responses: { 201: answer('Entered', supportRateViewSchema) },
  }),
};

export const supportRoutes = createRouter()
  .openapi(r.caseSupport, async (c) => c.json(await caseSupport(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.createPlan, async (c) =>
    c.json(await createPlan(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.updatePlan, async (c) => {
    const { id, planId } = c.req.valid('param');
    return c.json(await updatePlan(c.get('ctx'), id, planId, c.req.valid('json')), 200);
  })
  .openapi(r.requestClosure, async (c) => {
    const { id, planId } = c.req.valid('param');
    return c.json(await requestPlanClosure(c.get('ctx'), id, planId, c.req.valid('json').reason), 201);
  })
  .openapi(r.recordDelivery, async (c) =>
    c.json(await recordDelivery(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.updateDelivery, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    return c.json(await updateDelivery(c.get('ctx'), id, deliveryId, c.req.valid('json')), 200);
  })
  .openapi(r.linkEvidence, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    const { attachmentId } = c.req.valid('json');
    return c.json(await linkEvidence(c.get('ctx'), id, deliveryId, attachmentId), 201);
  })
  .openapi(r.unlinkEvidence, async (c) => {
    const { id, deliveryId, attachmentId } = c.req.valid('param');
    return c.json(await unlinkEvidence(c.get('ctx'), id, deliveryId, attachmentId), 200);
  })
  .openapi(r.requestApproval, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    return c.json(await requestDeliveryApproval(c.get('ctx'), id, deliveryId), 201);
  })
  .openapi(r.listApprovals, async (c) =>
    c.json(await listApprovals(c.get('ctx'), c.req.valid('query').status), 200),
  )
  .openapi(r.approve, async (c) => {
    const reason = (c.req.valid('json') as { reason?: string } | undefined)?.reason;
    return c.json(await decideApproval(c.get('ctx'), c.req.valid('param').id, 'approved', reason), 200);
  })
  .openapi(r.reject, async (c) =>
    c.json(
      await decideApproval(c.get('ctx'), c.req.valid('param').id, 'rejected', c.req.valid('json').reason),
      200,
    ),
  )
  .openapi(r.listRates, async (c) => c.json(await listRates(c.get('ctx')), 200))
  .openapi(r.addRate, async (c) => c.json(await addRate(c.get('ctx'), c.req.valid('json')), 201));

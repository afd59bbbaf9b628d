import { z } from '@hono/zod-openapi';
import {
  addPlanItemSchema,
  assessmentViewSchema,
  idParamSchema,
  livelihoodViewSchema,
  planItemViewSchema,
  recordAssessmentSchema,
  recordLivelihoodSchema,
  reintegrationViewSchema,
  startFollowUpSchema,
  updatePlanItemSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { addPlanItem } from './add-plan-item';
import { getReintegration } from './get-reintegration';
import { recordAssessment } from './record-assessment';
import { recordLivelihood } from './record-livelihood';
import { startFollowUp } from './start-follow-up';
import { updatePlanItem } from './update-plan-item';

const route = moduleRoutes(['Reintegration'], scopedErrors);
/** Those who work on the case read it, like its tasks; case workers and support staff record. */
const readWork = anyOf('case.read', 'case.break_glass');
const supportCase = anyOf('case.update', 'support.manage');
const visitParams = idParamSchema.extend({ visitId: z.uuid() });
const itemParams = idParamSchema.extend({ itemId: z.uuid() });

const r = {
  get: route(readWork, {
    method: 'get',
    path: '/api/cases/{id}/reintegration',
    summary: 'The follow-up schedule of a case (due, done, overdue) with the scores of each assessment',
    request: { params: idParamSchema },
    responses: { 200: answer('Schedule and scores', reintegrationViewSchema) },
  }),
  start: route(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/reintegration',
    summary:
      'Start the follow-up: visits 1, 3, 6 and 12 months after the return (or the day given); owning agency only',
    request: { params: idParamSchema, body: jsonBody(startFollowUpSchema) },
    responses: {
      201: answer('Started', reintegrationViewSchema),
      409: errorAnswer('Already started'),
    },
  }),
  record: route(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/reintegration/visits/{visitId}/assessment',
    summary:
      'Record the scored assessment of a visit with the current instrument version (answers sealed, scores 0–1)',
    request: { params: visitParams, body: jsonBody(recordAssessmentSchema) },
    responses: {
      201: answer('Recorded', assessmentViewSchema),
      409: errorAnswer('This visit already has an assessment'),
    },
  }),
  addItem: route(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/reintegration/plan',
    summary:
      'Add an item to the reintegration plan: support type (its domain follows), responsible agency, target day',
    request: { params: idParamSchema, body: jsonBody(addPlanItemSchema) },
    responses: { 201: answer('Added', planItemViewSchema) },
  }),
  updateItem: route(supportCase, {
    method: 'patch',
    path: '/api/cases/{id}/reintegration/plan/{itemId}',
    summary: 'Move a plan item on: status, target day, responsible agency or outcome note (sealed)',
    request: { params: itemParams, body: jsonBody(updatePlanItemSchema) },
    responses: {
      200: answer('Updated', planItemViewSchema),
      409: errorAnswer('The item is done or dropped'),
    },
  }),
  livelihood: route(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/reintegration/livelihood',
    summary:
      'Record a livelihood outcome (employment status, monthly income band, loan status), at a visit or on its own',
    request: { params: idParamSchema, body: jsonBody(recordLivelihoodSchema) },
    responses: { 201: answer('Recorded', livelihoodViewSchema) },
  }),
};

export const reintegrationRoutes = createRouter()
  .openapi(r.get, async (c) => c.json(await getReintegration(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.start, async (c) =>
    c.json(await startFollowUp(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.record, async (c) => {
    const { id, visitId } = c.req.valid('param');
    return c.json(await recordAssessment(c.get('ctx'), id, visitId, c.req.valid('json')), 201);
  })
  .openapi(r.addItem, async (c) =>
    c.json(await addPlanItem(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.updateItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await updatePlanItem(c.get('ctx'), id, itemId, c.req.valid('json')), 200);
  })
  .openapi(r.livelihood, async (c) =>
    c.json(await recordLivelihood(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

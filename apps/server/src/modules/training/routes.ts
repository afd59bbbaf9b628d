import {
  idParamSchema,
  recordTrainingSchema,
  trainingEventSchema,
  trainingListQuerySchema,
  trainingListSchema,
  updateTrainingSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listTrainings } from './list-trainings';
import { recordTraining } from './record-training';
import { updateTraining } from './update-training';

const route = moduleRoutes(['Training register'], scopedErrors);
const managers = anyOf('training.manage');

const r = {
  list: route(managers, {
    method: 'get',
    path: '/api/training/events',
    summary: 'Trainings your agency organised, with participants by agency, role and sex (staff only)',
    request: { query: trainingListQuerySchema },
    responses: { 200: answer('Trainings', trainingListSchema) },
  }),
  create: route(managers, {
    method: 'post',
    path: '/api/training/events',
    summary: 'Record a training your agency organised: day, title, standard tools covered and participants',
    request: { body: jsonBody(recordTrainingSchema) },
    responses: { 201: answer('Recorded', trainingEventSchema) },
  }),
  update: route(managers, {
    method: 'patch',
    path: '/api/training/events/{id}',
    summary: 'Correct a training your agency organised (a participant list replaces the whole list)',
    request: { params: idParamSchema, body: jsonBody(updateTrainingSchema) },
    responses: { 200: answer('Updated', trainingEventSchema) },
  }),
};

export const trainingRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listTrainings(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.create, async (c) => c.json(await recordTraining(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.update, async (c) =>
    c.json(await updateTraining(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

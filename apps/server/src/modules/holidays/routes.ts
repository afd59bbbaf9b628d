import {
  idParamSchema,
  publicHolidayInputSchema,
  publicHolidayListQuerySchema,
  publicHolidayListSchema,
  publicHolidaySchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { addHoliday } from './add-holiday';
import { listHolidays } from './list-holidays';
import { removeHoliday } from './remove-holiday';
import { updateHoliday } from './update-holiday';

const route = moduleRoutes(['Administration'], scopedErrors);
/** Reference data of the whole installation, kept by the system administrator who keeps the vocabularies. */
const keepers = anyOf('admin.vocabularies.manage');
const base = '/api/admin/public-holidays';

const r = {
  list: route(keepers, {
    method: 'get',
    path: base,
    summary: 'Public holidays and days off that complaint deadlines skip, by year',
    request: { query: publicHolidayListQuerySchema },
    responses: { 200: answer('Days off', publicHolidayListSchema) },
  }),
  add: route(keepers, {
    method: 'post',
    path: base,
    summary: 'Add a day off; 400 naming "day" when the day is already in the list',
    request: { body: jsonBody(publicHolidayInputSchema) },
    responses: { 201: answer('Added', publicHolidaySchema) },
  }),
  update: route(keepers, {
    method: 'put',
    path: `${base}/{id}`,
    summary: 'Correct a day off (date, names, still to check)',
    request: { params: idParamSchema, body: jsonBody(publicHolidayInputSchema) },
    responses: { 200: answer('Corrected', publicHolidaySchema) },
  }),
  remove: route(keepers, {
    method: 'delete',
    path: `${base}/{id}`,
    summary: 'Remove a day that is not off',
    request: { params: idParamSchema },
    responses: { 204: { description: 'Removed' } },
  }),
};

export const holidayRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listHolidays(c.get('ctx'), c.req.valid('query').year), 200))
  .openapi(r.add, async (c) => c.json(await addHoliday(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.update, async (c) =>
    c.json(await updateHoliday(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.remove, async (c) => {
    await removeHoliday(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });

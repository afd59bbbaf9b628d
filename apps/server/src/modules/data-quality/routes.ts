import { dataQualitySchema } from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { readDataQuality } from './read-data-quality';

const route = moduleRoutes(['Indicators'], scopedErrors);

const r = {
  read: route(anyOf('indicators.read'), {
    method: 'get',
    path: '/api/data-quality',
    summary:
      'Your own scope’s open cases missing key fields and stuck in a state, by agency (counts only, not suppressed: they are cases you may see)',
    responses: { 200: answer('Data quality', dataQualitySchema) },
  }),
};

export const dataQualityRoutes = createRouter().openapi(r.read, async (c) =>
  c.json(await readDataQuality(c.get('ctx')), 200),
);

import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { moduleRoutes, type RouteAccess } from '../../access/route-access';
import { answer, errorAnswer } from '../../lib/openapi';
import { createRouter, type LanternEnv } from '../../lib/router';
import { getUnitDetail } from './get-unit';
import { getVocabulary } from './get-vocabulary';
import { listCountries } from './list-countries';
import { listLanguages } from './list-languages';
import { listProvinces } from './list-provinces';
import { listUnits } from './list-units';
import { listVocabularies } from './list-vocabularies';
import {
  countriesResponseSchema,
  languagesResponseSchema,
  provincesQuerySchema,
  provincesResponseSchema,
  unitDetailSchema,
  unitParamsSchema,
  unitSearchQuerySchema,
  unitSearchResponseSchema,
  unitsQuerySchema,
  unitsResponseSchema,
  vocabulariesResponseSchema,
  vocabularyParamsSchema,
  vocabularyResponseSchema,
} from './schemas';
import { searchUnits } from './search-units';

/**
 * Reference data is published information (the statistics office's units, the HTCDS lists, ISO codes),
 * the same for every agency and free of personal data, so it needs no session; this also lets proxies
 * cache it.
 */
const anyone: RouteAccess = { kind: 'public' };
const route = moduleRoutes(['Reference data'], {});
const invalid = errorAnswer('Invalid parameters, each named');
const missing = errorAnswer('No such item');

/**
 * Administrative units, countries and languages change only with a release, so clients and proxies may
 * keep an answer for an hour. Vocabularies also hold the values administrators add at run time, so their
 * answers are revalidated every time (cheaply, by ETag). Labels follow Accept-Language, so caches must
 * keep one copy per language.
 */
const cacheHeaders: MiddlewareHandler<LanternEnv> = async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  const vocabulary = c.req.path.startsWith('/api/reference/vocabularies');
  c.res.headers.set('Cache-Control', vocabulary ? 'no-cache' : 'public, max-age=3600');
  c.res.headers.append('Vary', 'Accept-Language');
  c.res.headers.set('Content-Language', c.get('locale'));
};

const provincesRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/provinces',
  summary: 'Provinces in force on a day',
  description: 'The 34 provinces from 1 July 2025, the 63 before. Labels in the language of Accept-Language.',
  request: { query: provincesQuerySchema },
  responses: {
    200: answer('Provinces by code', provincesResponseSchema),
    400: invalid,
  },
});

const unitsRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/units',
  summary: 'Units under a province or district',
  description:
    'The communes of a 2025 province; for an earlier day, the districts of a province or the communes of a district.',
  request: { query: unitsQuerySchema },
  responses: {
    200: answer('Units by code', unitsResponseSchema),
    400: invalid,
    404: errorAnswer('The parent is not a province or district of that set'),
  },
});

const searchRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/units/search',
  summary: 'Find units by name, without regard to diacritics',
  description:
    '"ha tinh", "Hà Tĩnh" and "tinh ha tinh" all find the province of Hà Tĩnh; exact matches first, provinces before districts before communes.',
  request: { query: unitSearchQuerySchema },
  responses: {
    200: answer('Matching units', unitSearchResponseSchema),
    400: invalid,
  },
});

const unitRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/units/{era}/{code}',
  summary: 'One unit, its province today and its links across the 2025 reform',
  description:
    'A code names a unit only within its set, hence the era. For a pre-2025 unit, `currentProvinces` says where it lies today (a 2022 case in Hải Dương counts under Hải Phòng) and `successors` what it became, with the official note.',
  request: { params: unitParamsSchema },
  responses: {
    200: answer('The unit', unitDetailSchema),
    400: invalid,
    404: missing,
  },
});

const vocabulariesRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/vocabularies',
  summary: 'Controlled vocabularies (HTCDS v2.0 lists with Viet Nam extensions, and Viet Nam lists)',
  description:
    'How many codes each list offers (`codeCount`), of which Viet Nam extensions (`extensionCount`) and values added by administrators (`localCount`).',
  responses: { 200: answer('Vocabularies', vocabulariesResponseSchema) },
});

const vocabularyRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/vocabularies/{id}',
  summary: 'One vocabulary with its codes, labels in vi, en and ar, and the HTCDS value each exports as',
  description:
    '`codes` are the built-in codes, then the active values administrators added (namespace `local`): what a new entry may choose. `retiredCodes` are local values no longer offered that records may still hold; look a stored code up there when it is not in `codes`.',
  request: { params: vocabularyParamsSchema },
  responses: {
    200: answer('The vocabulary', vocabularyResponseSchema),
    400: invalid,
    404: missing,
  },
});

const countriesRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/countries',
  summary: 'Countries (ISO 3166-1 alpha-3), named in the caller’s language',
  responses: { 200: answer('Countries', countriesResponseSchema) },
});

const languagesRoute = route(anyone, {
  method: 'get',
  path: '/api/reference/languages',
  summary: 'Languages (ISO 639-3, with ISO 639-1 and 639-2/B), named in the caller’s language',
  responses: { 200: answer('Languages', languagesResponseSchema) },
});

export const referenceRoutes = createRouter();
// Outside the caching headers, so that a 304 keeps them.
referenceRoutes.use('/api/reference/vocabularies', etag());
referenceRoutes.use('/api/reference/vocabularies/*', etag());
referenceRoutes.use('/api/reference/*', cacheHeaders);
referenceRoutes
  .openapi(provincesRoute, (c) => c.json(listProvinces(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(unitsRoute, (c) => c.json(listUnits(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(searchRoute, (c) => c.json(searchUnits(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(unitRoute, (c) => c.json(getUnitDetail(c.get('ctx'), c.req.valid('param')), 200))
  .openapi(vocabulariesRoute, async (c) => c.json(await listVocabularies(c.get('ctx')), 200))
  .openapi(vocabularyRoute, async (c) => c.json(await getVocabulary(c.get('ctx'), c.req.valid('param')), 200))
  .openapi(countriesRoute, (c) => c.json(listCountries(c.get('ctx')), 200))
  .openapi(languagesRoute, (c) => c.json(listLanguages(c.get('ctx')), 200));

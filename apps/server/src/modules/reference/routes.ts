import { errorResponseSchema } from '@lantern/domain';
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { defineRoute, type RouteAccess } from '../../access/route-access';
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
const tags = ['Reference data'];
const json = <T>(schema: T) => ({ 'application/json': { schema } });
const invalid = { description: 'Invalid parameters, each named', content: json(errorResponseSchema) };
const missing = { description: 'No such item', content: json(errorResponseSchema) };

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

const provincesRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/provinces',
  tags,
  summary: 'Provinces in force on a day',
  description: 'The 34 provinces from 1 July 2025, the 63 before. Labels in the language of Accept-Language.',
  request: { query: provincesQuerySchema },
  responses: {
    200: { description: 'Provinces by code', content: json(provincesResponseSchema) },
    400: invalid,
  },
});

const unitsRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/units',
  tags,
  summary: 'Units under a province or district',
  description:
    'The communes of a 2025 province; for an earlier day, the districts of a province or the communes of a district.',
  request: { query: unitsQuerySchema },
  responses: {
    200: { description: 'Units by code', content: json(unitsResponseSchema) },
    400: invalid,
    404: {
      description: 'The parent is not a province or district of that set',
      content: json(errorResponseSchema),
    },
  },
});

const searchRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/units/search',
  tags,
  summary: 'Find units by name, without regard to diacritics',
  description:
    '"ha tinh", "Hà Tĩnh" and "tinh ha tinh" all find the province of Hà Tĩnh; exact matches first, provinces before districts before communes.',
  request: { query: unitSearchQuerySchema },
  responses: {
    200: { description: 'Matching units', content: json(unitSearchResponseSchema) },
    400: invalid,
  },
});

const unitRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/units/{era}/{code}',
  tags,
  summary: 'One unit, its province today and its links across the 2025 reform',
  description:
    'A code names a unit only within its set, hence the era. For a pre-2025 unit, `currentProvinces` says where it lies today (a 2022 case in Hải Dương counts under Hải Phòng) and `successors` what it became, with the official note.',
  request: { params: unitParamsSchema },
  responses: {
    200: { description: 'The unit', content: json(unitDetailSchema) },
    400: invalid,
    404: missing,
  },
});

const vocabulariesRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/vocabularies',
  tags,
  summary: 'Controlled vocabularies (HTCDS v2.0 lists with Viet Nam extensions, and Viet Nam lists)',
  description:
    'How many codes each list offers (`codeCount`), of which Viet Nam extensions (`extensionCount`) and values added by administrators (`localCount`).',
  responses: { 200: { description: 'Vocabularies', content: json(vocabulariesResponseSchema) } },
});

const vocabularyRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/vocabularies/{id}',
  tags,
  summary: 'One vocabulary with its codes, labels in vi, en and ar, and the HTCDS value each exports as',
  description:
    '`codes` are the built-in codes, then the active values administrators added (namespace `local`): what a new entry may choose. `retiredCodes` are local values no longer offered that records may still hold; look a stored code up there when it is not in `codes`.',
  request: { params: vocabularyParamsSchema },
  responses: {
    200: { description: 'The vocabulary', content: json(vocabularyResponseSchema) },
    400: invalid,
    404: missing,
  },
});

const countriesRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/countries',
  tags,
  summary: 'Countries (ISO 3166-1 alpha-3), named in the caller’s language',
  responses: { 200: { description: 'Countries', content: json(countriesResponseSchema) } },
});

const languagesRoute = defineRoute(anyone, {
  method: 'get',
  path: '/api/reference/languages',
  tags,
  summary: 'Languages (ISO 639-3, with ISO 639-1 and 639-2/B), named in the caller’s language',
  responses: { 200: { description: 'Languages', content: json(languagesResponseSchema) } },
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

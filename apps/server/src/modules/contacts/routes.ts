import { z } from '@hono/zod-openapi';
import {
  contactCountsQuerySchema,
  contactCountsSchema,
  contactDetailSchema,
  contactListQuerySchema,
  contactListSchema,
  contactViewSchema,
  idParamSchema,
  recordContactSchema,
  referContactSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { countContacts } from './count-contacts';
import { getContact } from './get-contact';
import { linkContact } from './link-contact';
import { listContacts } from './list-contacts';
import { recordContact } from './record-contact';
import { referContact } from './refer-contact';

const route = moduleRoutes(['One-stop intake'], scopedErrors);
/** The staff of a one-stop support office (role one_stop_intake); programme monitoring reads counts only. */
const intake = anyOf('contact.record');
const linkSchema = z.object({ screeningId: z.uuid().nullish(), caseId: z.uuid().nullish() });

const r = {
  record: route(intake, {
    method: 'post',
    path: '/api/contacts',
    summary:
      'Record a walk-in, hotline or other contact with your one-stop office (no identity; note sealed)',
    request: { body: jsonBody(recordContactSchema) },
    responses: { 201: answer('Recorded', contactViewSchema) },
  }),
  list: route(intake, {
    method: 'get',
    path: '/api/contacts',
    summary: 'Your office’s contacts, newest first (notes stay sealed)',
    request: { query: contactListQuerySchema },
    responses: { 200: answer('Contacts', contactListSchema) },
  }),
  counts: route(anyOf('contact.record', 'stats.read_aggregate'), {
    method: 'get',
    path: '/api/contacts/counts',
    summary:
      'Contacts by channel, outcome and month (at most 24 months): your office, or for programme monitoring one office or all',
    request: { query: contactCountsQuerySchema },
    responses: { 200: answer('Counts', contactCountsSchema) },
  }),
  get: route(intake, {
    method: 'get',
    path: '/api/contacts/{id}',
    summary: 'One contact of your office with its note (the read of the note is audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('The contact', contactDetailSchema) },
  }),
  refer: route(intake, {
    method: 'post',
    path: '/api/contacts/{id}/referral',
    summary: 'Record where the person was referred: an agency in Lantern or one outside it, by name',
    request: { params: idParamSchema, body: jsonBody(referContactSchema) },
    responses: { 200: answer('Referred', contactViewSchema) },
  }),
  link: route(intake, {
    method: 'post',
    path: '/api/contacts/{id}/links',
    summary: 'Link the contact to a screening or a case of your office (identity stays in the case)',
    request: { params: idParamSchema, body: jsonBody(linkSchema) },
    responses: { 200: answer('Linked', contactViewSchema) },
  }),
};

export const contactRoutes = createRouter()
  .openapi(r.record, async (c) => c.json(await recordContact(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.list, async (c) => c.json(await listContacts(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.counts, async (c) => c.json(await countContacts(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.get, async (c) => c.json(await getContact(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.refer, async (c) =>
    c.json(await referContact(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.link, async (c) =>
    c.json(await linkContact(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

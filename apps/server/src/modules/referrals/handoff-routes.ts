import {
  attachScreeningSchema,
  idParamSchema,
  provinceCodeParamSchema,
  provinceReceivingAgenciesSchema,
  receivingAgencySchema,
  referralDetailSchema,
  screeningRecipientSchema,
  sendScreeningSchema,
  setReceivingAgencySchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter, type LanternRouter } from '../../lib/router';
import { attachScreening } from './attach-screening';
import { getReceivingAgency, listReceivingAgencies, setReceivingAgency } from './receiving-agency';
import { screeningRecipient } from './screening-recipient';
import { sendScreening } from './send-screening';

const route = moduleRoutes(['Screening hand-off'], scopedErrors);
const screeners = anyOf('screening.create', 'screening.read');

const r = {
  send: route(screeners, {
    method: 'post',
    path: '/api/screenings/{id}/referrals',
    summary:
      'Send your agency’s screening to the agency that must act on it (by default the province’s competent one), with the person’s consent',
    request: { params: idParamSchema, body: jsonBody(sendScreeningSchema) },
    responses: {
      201: answer('Sent to that agency’s inbox', referralDetailSchema),
      409: errorAnswer('Already sent and not yet answered (handoff.already_sent)'),
    },
  }),
  recipient: route(screeners, {
    method: 'get',
    path: '/api/screenings/{id}/recipient',
    summary:
      'The agency a screening goes to by default: the province’s configured one, else its social work centre',
    request: { params: idParamSchema },
    responses: { 200: answer('Proposed recipient', screeningRecipientSchema) },
  }),
  attach: route(anyOf('referral.respond'), {
    method: 'post',
    path: '/api/referrals/{id}/attach',
    summary: 'Attach a screening sent to your agency to an existing case of yours; completes the hand-off',
    request: { params: idParamSchema, body: jsonBody(attachScreeningSchema) },
    responses: {
      200: answer('The completed screening referral', referralDetailSchema),
      409: errorAnswer('The screening referral is no longer open'),
    },
  }),
  receivingAgencies: route(anyOf('admin.agencies.manage', 'case.read_province'), {
    method: 'get',
    path: '/api/provinces/receiving-agencies',
    summary: 'Where each province’s screenings go by default, for the administration screen',
    description:
      'The 34 provinces in force (2025 units), by code: the agency each one configured (null when none, or when ' +
      'it was deactivated), the fallback that receives without one (the province’s social work centre, or null) ' +
      'and whether the reader may change it (a system administrator any province, a provincial coordinator ' +
      'their own). Names agencies only, so the read is not audited.',
    responses: { 200: answer('Every province', provinceReceivingAgenciesSchema) },
  }),
  receivingAgency: route(
    anyOf('screening.create', 'screening.read', 'admin.agencies.manage', 'case.read_province'),
    {
      method: 'get',
      path: '/api/provinces/{code}/receiving-agency',
      summary: 'Where the province’s screenings go by default',
      request: { params: provinceCodeParamSchema },
      responses: { 200: answer('Receiving agency', receivingAgencySchema) },
    },
  ),
  setReceivingAgency: route(anyOf('admin.agencies.manage', 'case.read_province'), {
    method: 'put',
    path: '/api/provinces/{code}/receiving-agency',
    summary:
      'Set where the province’s screenings go by default (system administrator, or the province’s coordinator)',
    description:
      'An `agencyId` of null clears the setting: the province’s social work centre receives again.',
    request: { params: provinceCodeParamSchema, body: jsonBody(setReceivingAgencySchema) },
    responses: { 200: answer('Receiving agency', receivingAgencySchema) },
  }),
};

export const handoffRoutes: LanternRouter = createRouter()
  .openapi(r.send, async (c) =>
    c.json(await sendScreening(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.recipient, async (c) =>
    c.json(await screeningRecipient(c.get('ctx'), c.req.valid('param').id), 200),
  )
  .openapi(r.attach, async (c) =>
    c.json(await attachScreening(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').caseId), 200),
  )
  .openapi(r.receivingAgencies, async (c) => c.json(await listReceivingAgencies(c.get('ctx')), 200))
  .openapi(r.receivingAgency, async (c) =>
    c.json(await getReceivingAgency(c.get('ctx'), c.req.valid('param').code), 200),
  )
  .openapi(r.setReceivingAgency, async (c) =>
    c.json(
      await setReceivingAgency(c.get('ctx'), c.req.valid('param').code, c.req.valid('json').agencyId),
      200,
    ),
  );

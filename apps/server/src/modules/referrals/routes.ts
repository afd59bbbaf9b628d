import { z } from '@hono/zod-openapi';
import {
  completeReferralSchema,
  declineReferralSchema,
  emptyReferralAnswerSchema,
  idParamSchema,
  referralCountsSchema,
  referralDetailSchema,
  referralListQuerySchema,
  referralListSchema,
  referralSchema,
  revokeReferralSchema,
  sendReferralSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter, type LanternRouter } from '../../lib/router';
import { getReferral, listCaseReferrals } from './get-referral';
import { countReferrals, listReferrals } from './list-referrals';
import { moveReferral } from './move-referral';
import { referralLetter } from './referral-letter';
import { sendReferral } from './send-referral';

const route = moduleRoutes(['Referrals'], scopedErrors);
const readers = anyOf('referral.create', 'referral.respond', 'case.read');
const conflict = errorAnswer(
  'Not possible now: already answered, revoked, expired, or another user acted first',
);

const step = <const S extends z.ZodObject>(
  name: string,
  summary: string,
  body: S,
  side: 'sender' | 'recipient',
) =>
  route(anyOf(side === 'sender' ? 'referral.create' : 'referral.respond'), {
    method: 'post',
    path: `/api/referrals/{id}/${name}`,
    summary,
    request: { params: idParamSchema, body: jsonBody(body) },
    responses: { 200: answer('The referral after the step', referralDetailSchema), 409: conflict },
  });

const r = {
  send: route(anyOf('referral.create'), {
    method: 'post',
    path: '/api/cases/{id}/referrals',
    summary:
      'Refer the person of your agency’s case to another agency’s inbox, within the person’s sharing consent',
    request: { params: idParamSchema, body: jsonBody(sendReferralSchema) },
    responses: {
      201: answer('Sent', referralDetailSchema),
      409: errorAnswer(
        'No sharing consent covers the recipient (referral.no_consent), or the case is closed',
      ),
    },
  }),
  ofCase: route(readers, {
    method: 'get',
    path: '/api/cases/{id}/referrals',
    summary: 'The case’s referrals your agency sent or received',
    request: { params: idParamSchema },
    responses: { 200: answer('Referrals', z.array(referralSchema)) },
  }),
  list: route(readers, {
    method: 'get',
    path: '/api/referrals',
    summary: 'Your agency’s inbox (incoming, by deadline) or sent referrals (outgoing)',
    request: { query: referralListQuerySchema },
    responses: { 200: answer('Referrals', referralListSchema) },
  }),
  counts: route(readers, {
    method: 'get',
    path: '/api/referrals/counts',
    summary: 'Incoming referrals awaiting an answer, and overdue ones (for the navigation)',
    responses: { 200: answer('Counts', referralCountsSchema) },
  }),
  get: route(readers, {
    method: 'get',
    path: '/api/referrals/{id}',
    summary: 'One referral with its message and notes (the reading is audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('Referral', referralDetailSchema) },
  }),
  letter: route(anyOf('referral.create'), {
    method: 'get',
    path: '/api/referrals/{id}/letter',
    summary: 'The referral letter to print (PDF, Vietnamese), for the sending agency; printing it is audited',
    request: { params: idParamSchema },
    responses: {
      200: {
        description: 'The letter',
        content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      },
    },
  }),
  accept: step('accept', 'Accept a referral to your agency', emptyReferralAnswerSchema, 'recipient'),
  decline: step('decline', 'Decline a referral, with a reason', declineReferralSchema, 'recipient'),
  start: step('start', 'Start providing the services', emptyReferralAnswerSchema, 'recipient'),
  complete: step('complete', 'Record the services’ outcome and close', completeReferralSchema, 'recipient'),
  revoke: step('revoke', 'Withdraw a referral your agency sent', revokeReferralSchema, 'sender'),
};

// Typed as a plain router: the full route-schema type of ten routes is more than the compiler can carry into app.ts.
export const referralRoutes: LanternRouter = createRouter()
  .openapi(r.send, async (c) =>
    c.json(await sendReferral(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.ofCase, async (c) => c.json(await listCaseReferrals(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.list, async (c) => c.json(await listReferrals(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.counts, async (c) => c.json(await countReferrals(c.get('ctx')), 200))
  .openapi(r.get, async (c) => c.json(await getReferral(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.letter, async (c) => {
    const { pdf, caseCode } = await referralLetter(c.get('ctx'), c.req.valid('param').id);
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `inline; filename="giay-chuyen-gui-${caseCode}.pdf"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  })
  .openapi(r.accept, async (c) =>
    c.json(await moveReferral(c.get('ctx'), c.req.valid('param').id, { action: 'accept' }), 200),
  )
  .openapi(r.decline, async (c) =>
    c.json(
      await moveReferral(c.get('ctx'), c.req.valid('param').id, {
        action: 'decline',
        ...c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(r.start, async (c) =>
    c.json(await moveReferral(c.get('ctx'), c.req.valid('param').id, { action: 'start' }), 200),
  )
  .openapi(r.complete, async (c) =>
    c.json(
      await moveReferral(c.get('ctx'), c.req.valid('param').id, {
        action: 'complete',
        ...c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(r.revoke, async (c) =>
    c.json(
      await moveReferral(c.get('ctx'), c.req.valid('param').id, { action: 'revoke', ...c.req.valid('json') }),
      200,
    ),
  );

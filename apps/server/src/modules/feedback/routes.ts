import { z } from '@hono/zod-openapi';
import {
  codeFeedbackSchema,
  deviceFeedbackSchema,
  exitSurvivorModeSchema,
  feedbackCodeStateSchema,
  feedbackResultsQuerySchema,
  feedbackResultsSchema,
  feedbackTextListSchema,
  feedbackTextQuerySchema,
  idParamSchema,
  issuedFeedbackCodeSchema,
  issueFeedbackCodeSchema,
  screenFeedbackTextSchema,
  typedCodeSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { feedbackCodeState, submitCodeFeedback } from './code-feedback';
import { exitSurvivorMode, submitDeviceFeedback } from './device-feedback';
import { listFeedbackTexts, screenFeedbackText } from './feedback-texts';
import { issueFeedbackCode } from './issue-feedback-code';
import { readFeedbackResults } from './read-feedback-results';

const route = moduleRoutes(['Anonymous feedback'], {
  ...scopedErrors,
  409: errorAnswer('The free text was screened already'),
  429: errorAnswer('Too many wrong passwords; wait'),
});
const publicRoute = moduleRoutes(['Anonymous feedback'], {
  400: errorAnswer('Invalid input, with field-level details'),
  404: errorAnswer('No live code like this (unknown, used or expired)'),
  429: errorAnswer('Too many attempts from this address or for this code; wait'),
});
const collect = anyOf('feedback.collect');
const review = anyOf('feedback.review');
const done = z.object({ ok: z.literal(true) });

const r = {
  issue: route(collect, {
    method: 'post',
    path: '/api/feedback/codes',
    summary:
      'Issue a one-time feedback code (72 hours) for a service of your agency, with its link and QR code',
    request: { body: jsonBody(issueFeedbackCodeSchema) },
    responses: { 201: answer('The code', issuedFeedbackCodeSchema) },
  }),
  device: route(collect, {
    method: 'post',
    path: '/api/feedback/responses',
    summary: 'Survivor mode: store an anonymous answer given on your device (no link to a person or case)',
    request: { body: jsonBody(deviceFeedbackSchema) },
    responses: { 201: answer('Stored', done) },
  }),
  exit: route(collect, {
    method: 'post',
    path: '/api/feedback/survivor-mode/exit',
    summary: 'Leave survivor mode: your password again (wrong passwords are limited)',
    request: { body: jsonBody(exitSurvivorModeSchema) },
    responses: { 200: answer('Left', done) },
  }),
  results: route(review, {
    method: 'get',
    path: '/api/feedback/results',
    summary: 'Your agency’s feedback per service for a range of months, k-suppressed (audited)',
    request: { query: feedbackResultsQuerySchema },
    responses: { 200: answer('Results', feedbackResultsSchema) },
  }),
  texts: route(review, {
    method: 'get',
    path: '/api/feedback/texts',
    summary: 'Free text waiting for screening, or screened (cleared as written, redacted as the redaction)',
    request: { query: feedbackTextQuerySchema },
    responses: { 200: answer('Free text', feedbackTextListSchema) },
  }),
  screen: route(review, {
    method: 'post',
    path: '/api/feedback/texts/{id}/screening',
    summary: 'Clear a free text as written, or replace it with a redaction without identifying details',
    request: { params: idParamSchema, body: jsonBody(screenFeedbackTextSchema) },
    responses: { 200: answer('Screened', done) },
  }),
  codeState: publicRoute(
    { kind: 'public' },
    {
      method: 'post',
      path: '/api/survivor/feedback/code',
      summary: 'Public, no account: whether a feedback code is live, and the service it is about',
      request: { body: jsonBody(typedCodeSchema) },
      responses: { 200: answer('Live', feedbackCodeStateSchema) },
    },
  ),
  answer: publicRoute(
    { kind: 'public' },
    {
      method: 'post',
      path: '/api/survivor/feedback',
      summary: 'Public, no account: answer the survey with a one-time code (used up by this answer)',
      request: { body: jsonBody(codeFeedbackSchema) },
      responses: { 201: answer('Stored', done) },
    },
  ),
};

export const feedbackRoutes = createRouter()
  .openapi(r.issue, async (c) => {
    const origin = c.get('runtime').sessions.publicOrigin ?? new URL(c.req.url).origin;
    return c.json(await issueFeedbackCode(c.get('ctx'), c.req.valid('json'), origin), 201);
  })
  .openapi(r.device, async (c) => {
    await submitDeviceFeedback(c.get('ctx'), c.req.valid('json'));
    return c.json({ ok: true as const }, 201);
  })
  .openapi(r.exit, async (c) => {
    await exitSurvivorMode(c.get('ctx'), c.req.valid('json').password);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(r.results, async (c) => c.json(await readFeedbackResults(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.texts, async (c) =>
    c.json(await listFeedbackTexts(c.get('ctx'), c.req.valid('query').status), 200),
  )
  .openapi(r.screen, async (c) => {
    await screenFeedbackText(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ ok: true as const }, 200);
  })
  .openapi(r.codeState, async (c) => c.json(await feedbackCodeState(c.get('ctx'), c.req.valid('json')), 200))
  .openapi(r.answer, async (c) => {
    await submitCodeFeedback(c.get('ctx'), c.req.valid('json'));
    return c.json({ ok: true as const }, 201);
  });

import { z } from '@hono/zod-openapi';
import {
  caseStoriesSchema,
  createStoryDraftSchema,
  idParamSchema,
  storyDecisionSchema,
  storyDraftSchema,
  storyLibraryQuerySchema,
  storyLibrarySchema,
  storyReviewQueueSchema,
  storyWithdrawalSchema,
  updateStoryDraftSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { caseStories } from './case-stories';
import { createStoryDraft, submitStoryDraft, updateStoryDraft } from './record-story-draft';
import { decideStory, storyReviewQueue } from './review-stories';
import { storyLibrary } from './story-library';
import { withdrawStories } from './withdraw-stories';

const route = moduleRoutes(['Stories'], scopedErrors);
const recorders = anyOf('story.record');
const reviewers = anyOf('story.review');
const notNow = errorAnswer('The story is not at a stage that allows this');

const r = {
  ofCase: route(recorders, {
    method: 'get',
    path: '/api/cases/{id}/stories',
    summary: 'Story drafts of a case of your agency, with identifying details highlighted (audited)',
    request: { params: idParamSchema },
    responses: { 200: answer('Stories', caseStoriesSchema) },
  }),
  create: route(recorders, {
    method: 'post',
    path: '/api/cases/{id}/stories',
    summary: 'Record a survivor’s account with their consent (purpose, audience, withdrawal contact)',
    request: { params: idParamSchema, body: jsonBody(createStoryDraftSchema) },
    responses: { 201: answer('Draft', storyDraftSchema) },
  }),
  withdraw: route(recorders, {
    method: 'post',
    path: '/api/cases/{id}/stories/withdraw',
    summary: 'The survivor withdrew consent: remove every story of the case, published or draft',
    request: { params: idParamSchema },
    responses: { 200: answer('Removed', storyWithdrawalSchema) },
  }),
  update: route(recorders, {
    method: 'put',
    path: '/api/stories/drafts/{id}',
    summary: 'Edit a draft (redact the highlighted details) while it is not waiting for review',
    request: { params: idParamSchema, body: jsonBody(updateStoryDraftSchema) },
    responses: { 200: answer('Draft', storyDraftSchema), 409: notNow },
  }),
  submit: route(recorders, {
    method: 'post',
    path: '/api/stories/drafts/{id}/submit',
    summary: 'Send a redacted draft to a reviewer of your agency',
    request: { params: idParamSchema },
    responses: { 200: answer('Submitted', storyDraftSchema), 409: notNow },
  }),
  queue: route(reviewers, {
    method: 'get',
    path: '/api/stories/review',
    summary: 'Stories of your agency waiting for review (no case, no person)',
    responses: { 200: answer('Queue', storyReviewQueueSchema) },
  }),
  decide: route(reviewers, {
    method: 'post',
    path: '/api/stories/review/{id}',
    summary: 'Approve (published without any link to the case) or return with a reason',
    request: { params: idParamSchema, body: jsonBody(storyDecisionSchema) },
    responses: { 200: answer('Decided', z.object({ storyId: z.string().nullable() })), 409: notNow },
  }),
  library: route(anyOf('story.read', 'story.review'), {
    method: 'get',
    path: '/api/stories',
    summary: 'Approved stories by theme, for policy and programme users (reading audited)',
    request: { query: storyLibraryQuerySchema },
    responses: { 200: answer('Stories', storyLibrarySchema) },
  }),
};

export const storyRoutes = createRouter()
  .openapi(r.ofCase, async (c) => c.json(await caseStories(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.create, async (c) =>
    c.json(await createStoryDraft(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.withdraw, async (c) => c.json(await withdrawStories(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.update, async (c) =>
    c.json(await updateStoryDraft(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.submit, async (c) => c.json(await submitStoryDraft(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.queue, async (c) => c.json(await storyReviewQueue(c.get('ctx')), 200))
  .openapi(r.decide, async (c) =>
    c.json(await decideStory(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.library, async (c) => c.json(await storyLibrary(c.get('ctx'), c.req.valid('query')), 200));

import { z } from '@hono/zod-openapi';
import {
  addMemberSchema,
  caseCandidateQuerySchema,
  caseCandidatesSchema,
  caseGroupsSchema,
  createGroupSchema,
  groupListQuerySchema,
  groupListSchema,
  groupMeetingSchema,
  groupMemberSchema,
  groupStatuses,
  groupSummarySchema,
  groupViewSchema,
  idParamSchema,
  memberLeftSchema,
  recordMeetingSchema,
  updateGroupSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { addMember } from './add-member';
import { caseCandidates } from './case-candidates';
import { caseGroups } from './case-groups';
import { createGroup } from './create-group';
import { getGroup } from './get-group';
import { listGroups } from './list-groups';
import { memberLeft } from './member-left';
import { recordMeeting } from './record-meeting';
import { updateGroup } from './update-group';

const route = moduleRoutes(['Self-help groups'], scopedErrors);
const readers = anyOf('group.read', 'group.manage');
const managers = anyOf('group.manage');
const memberParams = idParamSchema.extend({ memberId: z.uuid() });

const r = {
  list: route(readers, {
    method: 'get',
    path: '/api/groups',
    summary:
      'Self-help groups by province, commune and status, with member and meeting counts (no identities)',
    request: { query: groupListQuerySchema },
    responses: { 200: answer('Groups', groupListSchema) },
  }),
  create: route(managers, {
    method: 'post',
    path: '/api/groups',
    summary: 'Create a self-help group facilitated by your agency in a commune of the 2025 map',
    request: { body: jsonBody(createGroupSchema) },
    responses: { 201: answer('Created', groupSummarySchema) },
  }),
  get: route(readers, {
    method: 'get',
    path: '/api/groups/{id}',
    summary:
      'One group: members (identified only where you may see their case), meetings and the report; identity reads audited',
    request: { params: idParamSchema },
    responses: { 200: answer('Group', groupViewSchema) },
  }),
  update: route(managers, {
    method: 'patch',
    path: '/api/groups/{id}',
    summary:
      'Correct a group your agency facilitates (name, commune, start, livelihood, facilitator) or close and reopen it',
    request: { params: idParamSchema, body: jsonBody(updateGroupSchema) },
    responses: { 200: answer('Updated', z.object({ id: z.string(), status: z.enum(groupStatuses) })) },
  }),
  addMember: route(managers, {
    method: 'post',
    path: '/api/groups/{id}/members',
    summary: 'Add a survivor (one of the cases you may see) or a community member (name sealed)',
    request: { params: idParamSchema, body: jsonBody(addMemberSchema) },
    responses: { 201: answer('Added', groupMemberSchema), 409: errorAnswer('The group is closed') },
  }),
  memberLeft: route(managers, {
    method: 'post',
    path: '/api/groups/{id}/members/{memberId}/left',
    summary: 'Record the day a member left the group',
    request: { params: memberParams, body: jsonBody(memberLeftSchema) },
    responses: {
      200: answer('Recorded', z.object({ id: z.string(), leftOn: z.string() })),
      409: errorAnswer('Already left'),
    },
  }),
  meeting: route(managers, {
    method: 'post',
    path: '/api/groups/{id}/meetings',
    summary:
      'Record a meeting: day, topic, activities, attendance (count, and who), savings and business starts',
    request: { params: idParamSchema, body: jsonBody(recordMeetingSchema) },
    responses: { 201: answer('Recorded', groupMeetingSchema), 409: errorAnswer('The group is closed') },
  }),
  candidates: route(managers, {
    method: 'get',
    path: '/api/groups/{id}/case-candidates',
    summary:
      'Cases you may see whose number contains the text typed, to add to a group your agency facilitates',
    request: { params: idParamSchema, query: caseCandidateQuerySchema },
    responses: { 200: answer('Cases', caseCandidatesSchema) },
  }),
  caseGroups: route(anyOf('case.read', 'case.break_glass'), {
    method: 'get',
    path: '/api/cases/{id}/groups',
    summary: 'The self-help groups the person of a case takes part in (audited when there are any)',
    request: { params: idParamSchema },
    responses: { 200: answer('Groups', caseGroupsSchema) },
  }),
};

export const groupRoutes = createRouter()
  .openapi(r.list, async (c) => c.json(await listGroups(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.create, async (c) => c.json(await createGroup(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.get, async (c) => c.json(await getGroup(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.update, async (c) =>
    c.json(await updateGroup(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.addMember, async (c) =>
    c.json(await addMember(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.memberLeft, async (c) => {
    const { id, memberId } = c.req.valid('param');
    return c.json(await memberLeft(c.get('ctx'), id, memberId, c.req.valid('json').leftOn), 200);
  })
  .openapi(r.meeting, async (c) =>
    c.json(await recordMeeting(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.candidates, async (c) =>
    c.json(await caseCandidates(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').code), 200),
  )
  .openapi(r.caseGroups, async (c) => c.json(await caseGroups(c.get('ctx'), c.req.valid('param').id), 200));

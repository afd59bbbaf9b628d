import {
  idParamSchema,
  issuedStatusCodeSchema,
  statusCheckAnswerSchema,
  statusCheckPanelSchema,
  statusCheckSettingSchema,
  typedCodeSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { checkStatus } from './check-status';
import { getStatusPanel } from './get-status-panel';
import { issueStatusCode } from './issue-status-code';
import { revokeStatusCode } from './revoke-status-code';
import { setStatusCheck } from './set-status-check';

const route = moduleRoutes(['Private status check'], {
  ...scopedErrors,
  409: errorAnswer('The check is switched off for the case'),
});
const publicRoute = moduleRoutes(['Private status check'], {
  400: errorAnswer('Invalid input'),
  404: errorAnswer('No live code like this (unknown, revoked, or the check is switched off)'),
  429: errorAnswer('Too many attempts from this address or for this code; wait'),
});
/** The owning agency's case workers (case.update); everyone else is refused or told the case is not found. */
const caseWork = anyOf('case.update');

const r = {
  panel: route(caseWork, {
    method: 'get',
    path: '/api/cases/{id}/status-check',
    summary:
      'Whether the case’s private status check is on and a code is live (the code itself is never shown again)',
    request: { params: idParamSchema },
    responses: { 200: answer('The status check', statusCheckPanelSchema) },
  }),
  setting: route(caseWork, {
    method: 'put',
    path: '/api/cases/{id}/status-check',
    summary: 'Switch the private status check on or off (off also ends the live code)',
    request: { params: idParamSchema, body: jsonBody(statusCheckSettingSchema) },
    responses: { 200: answer('The status check', statusCheckPanelSchema) },
  }),
  issue: route(caseWork, {
    method: 'post',
    path: '/api/cases/{id}/status-check/code',
    summary:
      'Issue a status code for the person (ends the one before); answered once, stored as a keyed hash',
    request: { params: idParamSchema },
    responses: { 201: answer('The new code', issuedStatusCodeSchema) },
  }),
  revoke: route(caseWork, {
    method: 'delete',
    path: '/api/cases/{id}/status-check/code',
    summary: 'End the case’s live status code',
    request: { params: idParamSchema },
    responses: { 200: answer('The status check', statusCheckPanelSchema) },
  }),
  check: publicRoute(
    { kind: 'public' },
    {
      method: 'post',
      path: '/api/survivor/status',
      summary:
        'Public, no account: the current step of support and whom to call, for a status code (rate-limited per address and per code)',
      request: { body: jsonBody(typedCodeSchema) },
      responses: { 200: answer('The allow-listed status', statusCheckAnswerSchema) },
    },
  ),
};

export const statusCheckRoutes = createRouter()
  .openapi(r.panel, async (c) => c.json(await getStatusPanel(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.setting, async (c) =>
    c.json(await setStatusCheck(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.issue, async (c) => c.json(await issueStatusCode(c.get('ctx'), c.req.valid('param').id), 201))
  .openapi(r.revoke, async (c) => c.json(await revokeStatusCode(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.check, async (c) => c.json(await checkStatus(c.get('ctx'), c.req.valid('json')), 200));

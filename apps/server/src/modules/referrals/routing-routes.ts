import {
  idParamSchema,
  referralDetailSchema,
  referralSupervisionSchema,
  referralWindowsSchema,
  referralWindowsViewSchema,
  rerouteReferralSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, errorAnswer, jsonBody, scopedErrors } from '../../lib/openapi';
import { createRouter, type LanternRouter } from '../../lib/router';
import { getReferralWindows, setReferralWindows } from './referral-windows';
import { rerouteReferral } from './reroute-referral';
import { superviseReferrals } from './supervise-referrals';

const route = moduleRoutes(['Referrals'], scopedErrors);

const r = {
  supervision: route(anyOf('case.break_glass'), {
    method: 'get',
    path: '/api/referral-supervision',
    summary:
      'For supervisors: the agency’s overdue referrals, incoming and outgoing, and declined or expired ones still to re-route',
    responses: { 200: answer('The supervisor’s view', referralSupervisionSchema) },
  }),
  reroute: route(anyOf('referral.create'), {
    method: 'post',
    path: '/api/referrals/{id}/reroute',
    summary:
      'Send a declined or expired referral of your agency on to another agency: services, sections, urgency, reason and message carry over; the new referral names the old one (reroutedFrom) and takes its place on a pathway. Same consent gate as sending',
    request: { params: idParamSchema, body: jsonBody(rerouteReferralSchema) },
    responses: {
      201: answer('The new referral', referralDetailSchema),
      409: errorAnswer(
        'No consent covers the new recipient (referral.no_consent); the referral is not declined or expired (referral.not_reroutable) or was re-routed already (referral.already_rerouted); the case is closed',
      ),
    },
  }),
  windows: route(anyOf('referral.create', 'referral.respond', 'case.read', 'admin.agencies.manage'), {
    method: 'get',
    path: '/api/referral-windows',
    summary: 'The answer and completion windows by urgency that new referrals get, and the built-in defaults',
    responses: { 200: answer('Windows', referralWindowsViewSchema) },
  }),
  setWindows: route(anyOf('admin.agencies.manage'), {
    method: 'put',
    path: '/api/admin/referral-windows',
    summary:
      'Set the answer and completion windows by urgency (hours; answer > 0, completion ≥ answer). New referrals use them; sent ones keep their deadlines',
    request: { body: jsonBody(referralWindowsSchema) },
    responses: { 200: answer('The windows now in force', referralWindowsViewSchema) },
  }),
};

export const referralRoutingRoutes: LanternRouter = createRouter()
  .openapi(r.supervision, async (c) => c.json(await superviseReferrals(c.get('ctx')), 200))
  .openapi(r.reroute, async (c) =>
    c.json(await rerouteReferral(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.windows, async (c) => c.json(await getReferralWindows(c.get('ctx')), 200))
  .openapi(r.setWindows, async (c) =>
    c.json(await setReferralWindows(c.get('ctx'), c.req.valid('json')), 200),
  );

import { z } from '@hono/zod-openapi';
import {
  agencySchema,
  agencyTypeCodeParamSchema,
  agencyTypeSchema,
  createAgencySchema,
  createOfficeSchema,
  createUserResponseSchema,
  createUserSchema,
  errorResponseSchema,
  idParamSchema,
  officeSchema,
  passwordSetupLinkSchema,
  roleSchema,
  updateAgencySchema,
  updateAgencyTypeSchema,
  updateUserSchema,
  userSchema,
} from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import {
  createAgency,
  createOffice,
  listAgencies,
  listAgencyTypes,
  listOffices,
  updateAgency,
} from './agencies';
import { updateAgencyType } from './agency-type-settings';
import { listRoles } from './roles';
import { createUser, endUserSessions, getUser, listUsers, newSetupLink, updateUser } from './users';

const errors = {
  400: { description: 'Invalid input', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: { description: 'Not found (or outside your scope)', ...json(errorResponseSchema) },
};
const tags = ['Administration'];
const anyAdmin: RouteAccess = {
  kind: 'permission',
  anyOf: ['admin.agencies.manage', 'admin.users.manage_all', 'admin.users.manage_own_agency'],
};
const agencyAdmin: RouteAccess = { kind: 'permission', anyOf: ['admin.agencies.manage'] };
const userAdmin: RouteAccess = {
  kind: 'permission',
  anyOf: ['admin.users.manage_all', 'admin.users.manage_own_agency'],
};
const params = { params: idParamSchema };

const r = {
  listAgencies: defineRoute(anyAdmin, {
    method: 'get',
    path: '/api/admin/agencies',
    tags,
    summary: 'Agencies you administer',
    responses: { 200: { description: 'Agencies', ...json(z.array(agencySchema)) }, ...errors },
  }),
  createAgency: defineRoute(agencyAdmin, {
    method: 'post',
    path: '/api/admin/agencies',
    tags,
    summary: 'Create an agency',
    request: { body: { required: true, ...json(createAgencySchema) } },
    responses: { 201: { description: 'Created', ...json(agencySchema) }, ...errors },
  }),
  updateAgency: defineRoute(agencyAdmin, {
    method: 'patch',
    path: '/api/admin/agencies/{id}',
    tags,
    summary: 'Rename or disable an agency (disabling ends its users’ sessions)',
    request: { ...params, body: { required: true, ...json(updateAgencySchema) } },
    responses: { 200: { description: 'Updated', ...json(agencySchema) }, ...errors },
  }),
  updateAgencyType: defineRoute(agencyAdmin, {
    method: 'patch',
    path: '/api/admin/agency-types/{code}',
    tags,
    summary: 'Change whether agencies of a type carry cases (those that do not hand new cases over)',
    request: {
      params: agencyTypeCodeParamSchema,
      body: { required: true, ...json(updateAgencyTypeSchema) },
    },
    responses: { 200: { description: 'Updated', ...json(agencyTypeSchema) }, ...errors },
  }),
  agencyTypes: defineRoute(anyAdmin, {
    method: 'get',
    path: '/api/admin/agency-types',
    tags,
    summary: 'Agency types',
    responses: { 200: { description: 'Types', ...json(z.array(agencyTypeSchema)) }, ...errors },
  }),
  listOffices: defineRoute(anyAdmin, {
    method: 'get',
    path: '/api/admin/agencies/{id}/offices',
    tags,
    summary: 'Offices and desks of an agency',
    request: params,
    responses: { 200: { description: 'Offices', ...json(z.array(officeSchema)) }, ...errors },
  }),
  createOffice: defineRoute(
    { kind: 'permission', anyOf: ['admin.agencies.manage', 'admin.users.manage_own_agency'] },
    {
      method: 'post',
      path: '/api/admin/agencies/{id}/offices',
      tags,
      summary: 'Add an office or desk',
      request: { ...params, body: { required: true, ...json(createOfficeSchema) } },
      responses: { 201: { description: 'Created', ...json(officeSchema) }, ...errors },
    },
  ),
  roles: defineRoute(
    {
      kind: 'permission',
      anyOf: ['admin.roles.read', 'admin.users.manage_all', 'admin.users.manage_own_agency'],
    },
    {
      method: 'get',
      path: '/api/admin/roles',
      tags,
      summary: 'Roles and their permissions',
      responses: { 200: { description: 'Roles', ...json(z.array(roleSchema)) }, ...errors },
    },
  ),
  listUsers: defineRoute(userAdmin, {
    method: 'get',
    path: '/api/admin/users',
    tags,
    summary: 'Users you administer',
    responses: { 200: { description: 'Users', ...json(z.array(userSchema)) }, ...errors },
  }),
  createUser: defineRoute(userAdmin, {
    method: 'post',
    path: '/api/admin/users',
    tags,
    summary: 'Create a user; returns a one-time password set-up link (30 minutes)',
    request: { body: { required: true, ...json(createUserSchema) } },
    responses: {
      201: { description: 'Created', ...json(createUserResponseSchema) },
      409: { description: 'Username taken', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
  getUser: defineRoute(userAdmin, {
    method: 'get',
    path: '/api/admin/users/{id}',
    tags,
    summary: 'One user',
    request: params,
    responses: { 200: { description: 'User', ...json(userSchema) }, ...errors },
  }),
  updateUser: defineRoute(userAdmin, {
    method: 'patch',
    path: '/api/admin/users/{id}',
    tags,
    summary: 'Change name, roles, offices or status (disabling ends all sessions)',
    request: { ...params, body: { required: true, ...json(updateUserSchema) } },
    responses: { 200: { description: 'Updated', ...json(userSchema) }, ...errors },
  }),
  setupLink: defineRoute(userAdmin, {
    method: 'post',
    path: '/api/admin/users/{id}/password-setup-link',
    tags,
    summary:
      'A new first password link for an account never used yet; a used account needs an approved reset request',
    request: params,
    responses: {
      200: { description: 'Link', ...json(passwordSetupLinkSchema) },
      409: {
        description: 'The account has been used: request a reset instead',
        ...json(errorResponseSchema),
      },
      ...errors,
    },
  }),
  revokeSessions: defineRoute(userAdmin, {
    method: 'post',
    path: '/api/admin/users/{id}/sessions/revoke',
    tags,
    summary: 'End all the user’s sessions',
    request: params,
    responses: { 204: { description: 'Ended' }, ...errors },
  }),
};

export const adminRoutes = createRouter()
  .openapi(r.listAgencies, async (c) => c.json(await listAgencies(c.get('ctx')), 200))
  .openapi(r.createAgency, async (c) => c.json(await createAgency(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.updateAgency, async (c) =>
    c.json(await updateAgency(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.agencyTypes, async (c) => c.json(await listAgencyTypes(c.get('ctx')), 200))
  .openapi(r.updateAgencyType, async (c) =>
    c.json(await updateAgencyType(c.get('ctx'), c.req.valid('param').code, c.req.valid('json')), 200),
  )
  .openapi(r.listOffices, async (c) => c.json(await listOffices(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.createOffice, async (c) =>
    c.json(await createOffice(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.roles, async (c) => c.json(await listRoles(c.get('ctx')), 200))
  .openapi(r.listUsers, async (c) => c.json(await listUsers(c.get('ctx')), 200))
  .openapi(r.createUser, async (c) => c.json(await createUser(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(r.getUser, async (c) => c.json(await getUser(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.updateUser, async (c) =>
    c.json(await updateUser(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(r.setupLink, async (c) => c.json(await newSetupLink(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.revokeSessions, async (c) => {
    await endUserSessions(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });

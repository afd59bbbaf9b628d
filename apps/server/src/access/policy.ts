import type { Permission } from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { agencies, screenings, users } from '../db/schema';
import { AppError } from '../lib/errors';

/**
 * The one authority on what an actor may do. Use cases ask `authorize` before acting and take list
 * scopes from `scopeFor`, so lists and single reads never disagree. Out-of-scope records are reported
 * as not found, never as forbidden, so their existence does not leak.
 */
export function can(ctx: RequestContext, permission: Permission): boolean {
  return ctx.actor?.permissions.includes(permission) ?? false;
}

export function authorize(ctx: RequestContext, ...anyOf: Permission[]): void {
  if (!ctx.actor) throw new AppError(401, 'auth.required');
  if (!anyOf.some((permission) => can(ctx, permission))) throw new AppError(403, 'forbidden');
}

export type ScopedResource = 'user' | 'agency' | 'screening';

/** A SQL predicate selecting the rows of `resource` this actor may manage. Deny by default. */
export function scopeFor(ctx: RequestContext, resource: ScopedResource): SQL {
  const actor = ctx.actor;
  if (!actor) return sql`false`;
  switch (resource) {
    case 'user':
      if (can(ctx, 'admin.users.manage_all')) return sql`true`;
      if (can(ctx, 'admin.users.manage_own_agency')) return sql`${users.agencyId} = ${actor.agencyId}`;
      return sql`${users.id} = ${actor.userId}`;
    case 'agency':
      if (can(ctx, 'admin.agencies.manage') || can(ctx, 'admin.users.manage_all')) return sql`true`;
      return sql`${agencies.id} = ${actor.agencyId}`;
    case 'screening':
      // Screenings belong to the screener's agency; sharing arrives with cases and referrals.
      if (can(ctx, 'screening.read')) return sql`${screenings.agencyId} = ${actor.agencyId}`;
      if (can(ctx, 'screening.create')) return sql`${screenings.screenedBy} = ${actor.userId}`;
      return sql`false`;
  }
}

/**
 * Roles that only a system-wide administrator may hand out: anything that reaches beyond one agency or
 * into oversight. An agency administrator granting these would escalate their own reach.
 */
export const GLOBAL_PERMISSIONS: Permission[] = [
  'admin.agencies.manage',
  'admin.users.manage_all',
  'admin.vocabularies.manage',
  'admin.instruments.manage',
  'audit.read',
  'case.read_province',
  'stats.read_aggregate',
  // support (#18): rates apply to every agency of the installation.
  'admin.support_rates.manage',
  // indicator targets (#19): the programme's targets are the installation's.
  'admin.indicator_targets.manage',
  // administrators' own indicators (#19): the catalogue is the installation's.
  'admin.indicators.manage',
  // partner exports (#19): the de-identified file covers the whole country; identifying exports leave Lantern.
  'export.deidentified',
  'export.identifying',
];

export function mayGrantRole(ctx: RequestContext, rolePermissions: readonly string[]): boolean {
  if (can(ctx, 'admin.users.manage_all')) return true;
  return !rolePermissions.some((p) => (GLOBAL_PERMISSIONS as string[]).includes(p));
}

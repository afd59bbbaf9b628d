import { sql } from 'drizzle-orm';
import { can, GLOBAL_PERMISSIONS } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/** A pending reset that nobody decided on within three days lapses; the need is stale by then. */
export const RESET_REQUEST_HOURS = 72;

/** Someone who might ask for or decide on a reset: the signed-in actor, or a colleague to notify. */
export interface Decider {
  userId: string;
  agencyId: string;
  roles: readonly string[];
  permissions: readonly string[];
}

export interface ResetTarget {
  id: string;
  agencyId: string;
  permissions: string[];
  /** Never set a password, never signed in, never enrolled a second factor: a brand-new account. */
  neverActivated: boolean;
}

export async function loadResetTarget(tx: Tx, userId: string): Promise<ResetTarget | null> {
  const [row] = await queryRows<{ id: string; agency_id: string; permissions: string[]; fresh: boolean }>(
    tx,
    sql`select u.id, u.agency_id,
          array(select distinct p from user_roles ur join roles r on r.id = ur.role_id, unnest(r.permissions) p
                where ur.user_id = u.id) as permissions,
          (u.password_hash is null and u.last_sign_in_at is null and u.totp_enrolled_at is null) as fresh
        from users u where u.id = ${userId}`,
  );
  if (!row) return null;
  return {
    id: row.id,
    agencyId: row.agency_id,
    permissions: row.permissions ?? [],
    neverActivated: row.fresh,
  };
}

/** Accounts that administer or oversee: only another administrator may approve their reset, not a supervisor. */
function administersOrOversees(target: ResetTarget): boolean {
  return target.permissions.some((p) => p.startsWith('admin.') || p === 'audit.read');
}

/**
 * Whether an administrator's reach covers the account: system-wide, or the same agency and no role beyond
 * what an agency administrator may hand out (an agency administrator never resets a system administrator).
 */
export function adminCovers(who: Decider, target: ResetTarget): boolean {
  if (who.permissions.includes('admin.users.manage_all')) return true;
  if (!who.permissions.includes('admin.users.manage_own_agency') || who.agencyId !== target.agencyId)
    return false;
  return !target.permissions.some((p) => (GLOBAL_PERMISSIONS as string[]).includes(p));
}

/** A supervisor of the account's own agency (the role break-the-glass notifies, too). */
export function supervisorCovers(who: Decider, target: ResetTarget): boolean {
  return (
    who.roles.includes('supervisor') && who.agencyId === target.agencyId && !administersOrOversees(target)
  );
}

/** The second person: never the requester, never the account itself; a supervisor of its agency or an administrator. */
export function mayDecide(who: Decider, target: ResetTarget, requestedBy: string): boolean {
  if (who.userId === requestedBy || who.userId === target.id) return false;
  return adminCovers(who, target) || supervisorCovers(who, target);
}

/** Whether the actor could ever decide on a reset (administrators and supervisors); others are refused. */
export function mayDecideAny(ctx: RequestContext): boolean {
  return (
    can(ctx, 'admin.users.manage_all') ||
    can(ctx, 'admin.users.manage_own_agency') ||
    (ctx.actor?.roles.includes('supervisor') ?? false)
  );
}

/** Active colleagues who could approve a reset of this account, for the in-app notification. */
export async function approversFor(tx: Tx, target: ResetTarget, requestedBy: string): Promise<Decider[]> {
  const rows = await queryRows<{ id: string; agency_id: string; roles: string[]; permissions: string[] }>(
    tx,
    sql`select u.id, u.agency_id,
          array(select r.code from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = u.id) as roles,
          array(select distinct p from user_roles ur join roles r on r.id = ur.role_id, unnest(r.permissions) p
                where ur.user_id = u.id) as permissions
        from users u join agencies a on a.id = u.agency_id
        where u.disabled_at is null and a.disabled_at is null
          and (u.agency_id = ${target.agencyId} or exists (
            select 1 from user_roles ur join roles r on r.id = ur.role_id
            where ur.user_id = u.id and 'admin.users.manage_all' = any(r.permissions)))`,
  );
  return rows
    .map((row) => ({
      userId: row.id,
      agencyId: row.agency_id,
      roles: row.roles ?? [],
      permissions: row.permissions ?? [],
    }))
    .filter((who) => mayDecide(who, target, requestedBy));
}

/** Active supervisors of the account's agency: they are told when one of their people was reset. */
export async function supervisorsOf(tx: Tx, target: ResetTarget): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select distinct u.id from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where u.agency_id = ${target.agencyId} and u.disabled_at is null and r.code = 'supervisor'
          and u.id <> ${target.id}`,
  );
  return rows.map((row) => row.id);
}

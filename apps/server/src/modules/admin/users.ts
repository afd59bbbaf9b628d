import type { UserView } from '@lantern/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { authorize, mayGrantRole, scopeFor } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, offices, roles, userOffices, userRoles, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { issuePasswordSetupLink } from '../auth/passwords';
import { revokeSessions } from '../auth/session-store';
import { findAgencyInScope, nextDisabledAt } from './agencies';
import { loadResetTarget } from './reset-policy';

export const USER_ADMIN = ['admin.users.manage_all', 'admin.users.manage_own_agency'] as const;

async function toViews(tx: Tx, rows: (typeof users.$inferSelect)[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const roleRows = await tx
    .select({ userId: userRoles.userId, code: roles.code })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, ids));
  const officeRows = await tx.select().from(userOffices).where(inArray(userOffices.userId, ids));
  const agencyRows = await tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(rows.map((r) => r.agencyId))]));
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    agencyId: row.agencyId,
    agencyName: agencyName.get(row.agencyId) ?? '',
    roles: roleRows
      .filter((r) => r.userId === row.id)
      .map((r) => r.code)
      .sort(),
    officeIds: officeRows.filter((o) => o.userId === row.id).map((o) => o.officeId),
    disabled: row.disabledAt !== null,
    mfaEnrolled: row.totpEnrolledAt !== null,
    neverUsed: row.passwordHash === null && row.lastSignInAt === null && row.totpEnrolledAt === null,
    createdAt: row.createdAt.toISOString(),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  }));
}

export async function findUserInScope(tx: Tx, ctx: RequestContext, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(scopeFor(ctx, 'user'), eq(users.id, id)));
  if (!row) throw notFound();
  return row;
}

async function resolveRoles(tx: Tx, ctx: RequestContext, codes: string[]) {
  const rows = await tx.select().from(roles).where(inArray(roles.code, codes));
  const unknown = codes.filter((code) => !rows.some((r) => r.code === code));
  if (unknown.length > 0)
    throw new AppError(400, 'validation', {}, [{ field: 'roles', code: 'invalid_value', message: '' }]);
  if (rows.some((role) => !mayGrantRole(ctx, role.permissions)))
    throw new AppError(403, 'role.not_grantable');
  return rows;
}

async function checkOffices(tx: Tx, agencyId: string, officeIds: string[]) {
  if (officeIds.length === 0) return;
  const rows = await tx
    .select()
    .from(offices)
    .where(and(inArray(offices.id, officeIds), eq(offices.agencyId, agencyId)));
  if (rows.length !== new Set(officeIds).size) {
    throw new AppError(400, 'validation', {}, [{ field: 'officeIds', code: 'invalid_value', message: '' }]);
  }
}

export async function listUsers(ctx: RequestContext): Promise<UserView[]> {
  authorize(ctx, ...USER_ADMIN);
  return ctx.transaction(async (tx) =>
    toViews(tx, await tx.select().from(users).where(scopeFor(ctx, 'user')).orderBy(asc(users.username))),
  );
}

export async function getUser(ctx: RequestContext, id: string): Promise<UserView> {
  authorize(ctx, ...USER_ADMIN);
  return ctx.transaction(async (tx) => {
    const [view] = await toViews(tx, [await findUserInScope(tx, ctx, id)]);
    if (!view) throw notFound();
    return view;
  });
}

/** Creates an account without a password: the user sets one through a one-time link (30 minutes). */
export async function createUser(
  ctx: RequestContext,
  input: {
    username: string;
    displayName: string;
    agencyId: string;
    roles: string[];
    officeIds?: string[] | undefined;
  },
) {
  authorize(ctx, ...USER_ADMIN);
  return ctx.transaction(async (tx) => {
    await findAgencyInScope(tx, ctx, input.agencyId);
    if (
      !ctx.actor?.permissions.includes('admin.users.manage_all') &&
      input.agencyId !== ctx.actor?.agencyId
    ) {
      throw notFound();
    }
    const roleRows = await resolveRoles(tx, ctx, input.roles);
    await checkOffices(tx, input.agencyId, input.officeIds ?? []);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken)
      throw new AppError(409, 'user.username_taken', {}, [{ field: 'username', code: 'taken', message: '' }]);
    const id = newId();
    const [row] = await tx
      .insert(users)
      // In a demo, whoever holds the published admin password made this account: it is a demo account
      // (ended with the demo), never a real one. Real installations start with `lantern users:create-admin`.
      .values({
        id,
        agencyId: input.agencyId,
        username: input.username,
        displayName: input.displayName,
        demo: ctx.demo,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    for (const role of roleRows) await tx.insert(userRoles).values({ userId: id, roleId: role.id });
    for (const officeId of input.officeIds ?? [])
      await tx.insert(userOffices).values({ userId: id, officeId });
    const passwordSetup = await issuePasswordSetupLink(tx, ctx, id);
    await recordAudit(tx, ctx, {
      action: 'admin.user.create',
      resourceType: 'user',
      resourceId: id,
      details: { roles: input.roles.join(','), agencyId: input.agencyId },
    });
    const [user] = await toViews(tx, [row]);
    return { user: user as UserView, passwordSetup };
  });
}

/** Changes name, roles, offices or status. Disabling ends all the user's sessions at once. */
export async function updateUser(
  ctx: RequestContext,
  id: string,
  input: {
    displayName?: string | undefined;
    roles?: string[] | undefined;
    officeIds?: string[] | undefined;
    disabled?: boolean | undefined;
  },
): Promise<UserView> {
  authorize(ctx, ...USER_ADMIN);
  return ctx.transaction(async (tx) => {
    const current = await findUserInScope(tx, ctx, id);
    if (input.disabled && id === ctx.actor?.userId) throw new AppError(409, 'user.cannot_disable_self');
    // Administrators hold no case permission; giving themselves a role would be a path to case data.
    if (input.roles && id === ctx.actor?.userId) throw new AppError(409, 'user.cannot_change_own_roles');
    if (input.roles) {
      // An administrator may neither grant nor take away a role beyond their own reach.
      const existing = await tx
        .select({ permissions: roles.permissions })
        .from(userRoles)
        .innerJoin(roles, eq(roles.id, userRoles.roleId))
        .where(eq(userRoles.userId, id));
      if (existing.some((role) => !mayGrantRole(ctx, role.permissions)))
        throw new AppError(403, 'role.not_grantable');
      const roleRows = await resolveRoles(tx, ctx, input.roles);
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      for (const role of roleRows) await tx.insert(userRoles).values({ userId: id, roleId: role.id });
    }
    if (input.officeIds) {
      await checkOffices(tx, current.agencyId, input.officeIds);
      await tx.delete(userOffices).where(eq(userOffices.userId, id));
      for (const officeId of input.officeIds) await tx.insert(userOffices).values({ userId: id, officeId });
    }
    const disabledAt = nextDisabledAt(current.disabledAt, input.disabled);
    const [row] = await tx
      .update(users)
      .set({ displayName: input.displayName ?? current.displayName, disabledAt })
      .where(eq(users.id, id))
      .returning();
    if (input.disabled) await revokeSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: input.roles ? 'admin.user.permissions_change' : 'admin.user.update',
      resourceType: 'user',
      resourceId: id,
      details: {
        roles: input.roles?.join(',') ?? null,
        disabled: row?.disabledAt != null,
        offices: input.officeIds?.length ?? null,
      },
    });
    const [view] = await toViews(tx, row ? [row] : []);
    if (!view) throw notFound();
    return view;
  });
}

/**
 * Re-issues the first password link of an account nobody has used yet (the 30-minute link often lapses before
 * the new officer gets to it). Once an account has been used, a new link is a reset of someone else's account
 * and needs a second person's approval (reset-requests.ts); the refusal is audited.
 */
export async function newSetupLink(ctx: RequestContext, id: string) {
  authorize(ctx, ...USER_ADMIN);
  const outcome = await ctx.transaction(async (tx) => {
    await findUserInScope(tx, ctx, id);
    const target = await loadResetTarget(tx, id);
    if (!target?.neverActivated) {
      await recordAudit(tx, ctx, {
        action: 'admin.user.password_reset',
        outcome: 'denied',
        resourceType: 'user',
        resourceId: id,
        details: { reason: 'approval_required' },
      });
      return { error: new AppError(409, 'account_recovery.approval_required') };
    }
    const link = await issuePasswordSetupLink(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'admin.user.setup_link', resourceType: 'user', resourceId: id });
    return { link };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.link;
}

export async function endUserSessions(ctx: RequestContext, id: string) {
  authorize(ctx, ...USER_ADMIN);
  await ctx.transaction(async (tx) => {
    await findUserInScope(tx, ctx, id);
    const ended = await revokeSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: 'admin.user.sessions_revoke',
      resourceType: 'user',
      resourceId: id,
      details: { ended },
    });
  });
}

import type { ResetKind, ResetRequestView } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { notifications } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { adminCovers, approversFor, loadResetTarget, RESET_REQUEST_HOURS } from './reset-policy';
import { loadRequests } from './reset-views';
import { findUserInScope, USER_ADMIN } from './users';

/**
 * An administrator asks for someone else's password or second factor to be reset. Nothing happens to the
 * account yet: a supervisor of its agency or another administrator must approve (see reset-decisions.ts).
 * Asking again while a request is open answers that request.
 */
export async function requestReset(
  ctx: RequestContext,
  userId: string,
  kind: ResetKind,
): Promise<{ request: ResetRequestView; created: boolean }> {
  authorize(ctx, ...USER_ADMIN);
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const account = await findUserInScope(tx, ctx, userId);
    const target = await loadResetTarget(tx, userId);
    if (!target) throw new AppError(404, 'not_found');
    if (userId === actor.userId) throw new AppError(409, 'account_recovery.not_for_self');
    if (!adminCovers(actor, target)) throw new AppError(403, 'role.not_grantable');

    await tx.execute(sql`update account_reset_requests set status = 'expired'
        where user_id = ${userId} and kind = ${kind} and status = 'pending' and expires_at <= now()`);
    const [open] = await loadRequests(
      tx,
      sql`q.user_id = ${userId} and q.kind = ${kind} and q.status = 'pending'`,
    );
    const id = open?.view.id ?? newId();
    if (!open) {
      await tx.execute(sql`insert into account_reset_requests (id, user_id, kind, requested_by, expires_at)
          values (${id}, ${userId}, ${kind}, ${actor.userId}, now() + make_interval(hours => ${RESET_REQUEST_HOURS}))`);
      const approvers = await approversFor(tx, target, actor.userId);
      for (const approver of approvers) {
        await tx.insert(notifications).values({
          id: newId(),
          userId: approver.userId,
          kind: 'reset_requested',
          data: { requestId: id, kind, userId, username: account.username, requestedBy: actor.username },
        });
      }
    }
    await recordAudit(tx, ctx, {
      action: 'admin.user.reset_request',
      resourceType: 'user',
      resourceId: userId,
      details: { kind, requestId: id, repeated: open !== undefined },
    });
    const [loaded] = await loadRequests(tx, sql`q.id = ${id}`);
    if (!loaded) throw new Error('reset request vanished');
    return { request: loaded.view, created: !open };
  });
}

/** The reset requests of one account, for its page in administration (no link is ever part of them). */
export async function listUserResets(ctx: RequestContext, userId: string): Promise<ResetRequestView[]> {
  authorize(ctx, ...USER_ADMIN);
  return ctx.transaction(async (tx) => {
    await findUserInScope(tx, ctx, userId);
    return (await loadRequests(tx, sql`q.user_id = ${userId}`)).slice(0, 20).map((r) => r.view);
  });
}

import type { ResetRequestView } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { notifications } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { performReset } from './perform-reset';
import { adminCovers, mayDecide, mayDecideAny, supervisorCovers } from './reset-policy';
import { type LoadedRequest, loadRequests } from './reset-views';

function decider(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError(401, 'auth.required');
  if (!mayDecideAny(ctx)) throw new AppError(403, 'forbidden');
  return ctx.actor;
}

/** Open requests the signed-in supervisor or administrator may approve: never their own, never about themselves. */
export async function listPendingResets(ctx: RequestContext): Promise<ResetRequestView[]> {
  const actor = decider(ctx);
  return ctx.transaction(async (tx) => {
    // Narrowed in the query, not only after it: the page of requests is bounded, and a national page must
    // not crowd out the requests of the approver's own agency.
    const reach = actor.permissions.includes('admin.users.manage_all')
      ? sql`true`
      : sql`u.agency_id = ${actor.agencyId}`;
    const open = await loadRequests(
      tx,
      sql`q.status = 'pending' and q.expires_at > now() and ${reach}
          and q.requested_by <> ${actor.userId} and q.user_id <> ${actor.userId}`,
    );
    return open.filter((r) => mayDecide(actor, r.target, r.requestedBy)).map((r) => r.view);
  });
}

type Outcome<T> = { ok: T } | { error: AppError };

/**
 * Loads a request for a decision. Someone with no reach over the account gets 404; the requester or the
 * account holder trying to decide is refused with 403 and the attempt is audited (it is what a takeover looks like).
 */
async function openForDecision(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  verb: 'approve' | 'refuse',
): Promise<Outcome<LoadedRequest>> {
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const [request] = await loadRequests(tx, sql`q.id = ${id}`, { lock: true });
  if (!request) return { error: notFound() };
  const involved = actor.userId === request.requestedBy || actor.userId === request.target.id;
  const reach = adminCovers(actor, request.target) || supervisorCovers(actor, request.target);
  if (!involved && !reach) return { error: notFound() };
  if (involved) {
    await recordAudit(tx, ctx, {
      action: `admin.user.reset_${verb}`,
      outcome: 'denied',
      resourceType: 'user',
      resourceId: request.target.id,
      details: { requestId: id, reason: 'second_person_required' },
    });
    return { error: new AppError(403, 'account_recovery.second_person_required') };
  }
  if (request.view.status === 'expired') return { error: new AppError(409, 'account_recovery.expired') };
  if (!request.open) return { error: new AppError(409, 'account_recovery.already_decided') };
  return { ok: request };
}

async function decide(tx: Tx, ctx: RequestContext, request: LoadedRequest, status: 'performed' | 'refused') {
  await tx.execute(sql`update account_reset_requests set status = ${status}, decided_by = ${ctx.actor?.userId ?? null},
      decided_at = now() where id = ${request.view.id}`);
  await recordAudit(tx, ctx, {
    action: status === 'performed' ? 'admin.user.reset_approve' : 'admin.user.reset_refuse',
    resourceType: 'user',
    resourceId: request.target.id,
    details: { requestId: request.view.id, kind: request.view.kind, requestedBy: request.requestedBy },
  });
}

async function reload(tx: Tx, id: string): Promise<ResetRequestView> {
  const [fresh] = await loadRequests(tx, sql`q.id = ${id}`);
  if (!fresh) throw new Error('reset request vanished');
  return fresh.view;
}

/** Approving performs the reset at once; a password reset's one-time link is answered to the approver alone. */
export async function approveReset(ctx: RequestContext, id: string) {
  decider(ctx);
  const outcome = await ctx.transaction(async (tx) => {
    const loaded = await openForDecision(tx, ctx, id, 'approve');
    if ('error' in loaded) return loaded;
    await decide(tx, ctx, loaded.ok, 'performed');
    const passwordSetup = await performReset(tx, ctx, loaded.ok);
    return { ok: { request: await reload(tx, id), passwordSetup } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.ok;
}

/** Refusing leaves the account as it is and tells the requester. */
export async function refuseReset(ctx: RequestContext, id: string) {
  decider(ctx);
  const outcome = await ctx.transaction(async (tx) => {
    const loaded = await openForDecision(tx, ctx, id, 'refuse');
    if ('error' in loaded) return loaded;
    await decide(tx, ctx, loaded.ok, 'refused');
    await tx.insert(notifications).values({
      id: newId(),
      userId: loaded.ok.requestedBy,
      kind: 'reset_refused',
      data: {
        requestId: id,
        kind: loaded.ok.view.kind,
        userId: loaded.ok.target.id,
        username: loaded.ok.view.user.username,
        refusedBy: ctx.actor?.username ?? '',
      },
    });
    return { ok: { request: await reload(tx, id), passwordSetup: null } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.ok;
}

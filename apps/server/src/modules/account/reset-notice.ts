import type { ResetNotice } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';

/**
 * The latest reset of the account that its holder has not acknowledged yet: what the first screen after the
 * reset shows (when, who asked, who approved) — the enrolment page, or the home page where the second factor
 * is skipped (demo accounts) — until they confirm they have read it.
 */
export async function resetNotice(ctx: RequestContext, userId: string): Promise<ResetNotice> {
  const [row] = await ctx.transaction((tx) =>
    queryRows<{ kind: 'password' | 'mfa'; decided_at: string; requester: string; approver: string }>(
      tx,
      sql`select q.kind, q.decided_at::text as decided_at, rq.display_name as requester, d.display_name as approver
          from account_reset_requests q
          join users rq on rq.id = q.requested_by
          join users d on d.id = q.decided_by
          where q.user_id = ${userId} and q.status = 'performed' and q.acknowledged_at is null
          order by q.decided_at desc
          limit 1`,
    ),
  );
  if (!row) return { reset: null };
  return {
    reset: {
      kind: row.kind,
      performedAt: new Date(row.decided_at).toISOString(),
      requestedBy: row.requester,
      approvedBy: row.approver,
    },
  };
}

/** The signed-in holder confirms they saw the notice; it stays in their notifications. */
export async function acknowledgeResetNotice(ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  await ctx.transaction(async (tx) => {
    const seen = await queryRows<{ id: string }>(
      tx,
      sql`update account_reset_requests set acknowledged_at = now()
          where user_id = ${actor.userId} and status = 'performed' and acknowledged_at is null returning id`,
    );
    await recordAudit(tx, ctx, {
      action: 'account.reset_notice_acknowledge',
      resourceType: 'user',
      resourceId: actor.userId,
      details: { requests: seen.length },
    });
  });
}

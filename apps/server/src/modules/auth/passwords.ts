import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords';
import { hashToken, randomToken } from '../../auth/tokens';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { revokeSessions } from './session-store';

export const SETUP_LINK_MINUTES = 30;

function rejectPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw new AppError(400, 'validation', {}, [
      { field: 'newPassword', code: `password_${problem}`, message: '' },
    ]);
  }
}

/** A one-time link (valid 30 minutes) with which a user sets their password; earlier links stop working. */
export async function issuePasswordSetupLink(tx: Tx, ctx: RequestContext, userId: string) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SETUP_LINK_MINUTES * 60_000);
  await tx.execute(
    sql`update password_setup_tokens set used_at = now() where user_id = ${userId} and used_at is null`,
  );
  await tx.execute(sql`
    insert into password_setup_tokens (id, user_id, token_hash, expires_at, created_by)
    values (${newId()}, ${userId}, ${hashToken(token)}, ${expiresAt.toISOString()}, ${ctx.actor?.userId ?? null})`);
  return { token, expiresAt: expiresAt.toISOString() };
}

/** Sets a password from a one-time link. All the user's sessions end; the second factor is still required. */
export async function completePasswordSetup(
  ctx: RequestContext,
  input: { token: string; newPassword: string },
) {
  const outcome = await ctx.transaction(async (tx) => {
    const [link] = await queryRows<{ id: string; user_id: string; username: string }>(
      tx,
      sql`select t.id, t.user_id, u.username from password_setup_tokens t join users u on u.id = t.user_id
          where t.token_hash = ${hashToken(input.token)} and t.used_at is null and t.expires_at > now()
            and u.disabled_at is null
          for update of t`,
    );
    if (!link) {
      await recordAudit(tx, ctx, {
        action: 'auth.password_setup',
        outcome: 'failure',
        details: { reason: 'invalid_link' },
      });
      return { error: new AppError(400, 'auth.invalid_setup_link') };
    }
    rejectPassword(input.newPassword, link.username);
    await tx.execute(sql`update password_setup_tokens set used_at = now() where id = ${link.id}`);
    await tx.execute(
      sql`update users set password_hash = ${await hashPassword(input.newPassword)}, password_changed_at = now() where id = ${link.user_id}`,
    );
    await revokeSessions(tx, link.user_id);
    await recordAudit(tx, ctx, {
      action: 'auth.password_setup',
      actorUserId: link.user_id,
      resourceType: 'user',
      resourceId: link.user_id,
    });
    return { ok: true };
  });
  if ('error' in outcome) throw outcome.error;
}

/** Changes one's own password; other sessions end, this one continues. */
export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError(401, 'auth.required');
  const outcome = await ctx.transaction(async (tx) => {
    const [user] = await queryRows<{ password_hash: string | null }>(
      tx,
      sql`select password_hash from users where id = ${actor.userId} for update`,
    );
    if (!(await verifyPassword(user?.password_hash ?? null, input.currentPassword))) {
      await recordAudit(tx, ctx, {
        action: 'account.password_change',
        outcome: 'failure',
        details: { reason: 'wrong_current_password' },
      });
      return {
        error: new AppError(400, 'validation', {}, [
          { field: 'currentPassword', code: 'wrong_password', message: '' },
        ]),
      };
    }
    rejectPassword(input.newPassword, actor.username);
    await tx.execute(
      sql`update users set password_hash = ${await hashPassword(input.newPassword)}, password_changed_at = now() where id = ${actor.userId}`,
    );
    const ended = await revokeSessions(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, ctx, {
      action: 'account.password_change',
      resourceType: 'user',
      resourceId: actor.userId,
      details: { sessionsEnded: ended },
    });
    return { ok: true };
  });
  if ('error' in outcome) throw outcome.error;
}

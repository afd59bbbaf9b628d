import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { notifications } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { issuePasswordSetupLink } from '../auth/passwords';
import { revokeSessions } from '../auth/session-store';
import { supervisorsOf } from './reset-policy';
import type { LoadedRequest } from './reset-views';

/**
 * Carries out an approved reset, inside the approval's transaction. Either kind ends every session and clears
 * the second factor and recovery codes, so whoever signs in next must enrol again; a password reset also
 * clears the old password, so the account opens only through the new one-time link, which is returned for the
 * approver to hand over. The account holder and their agency's supervisors are told in-app.
 */
export async function performReset(tx: Tx, ctx: RequestContext, request: LoadedRequest) {
  const { view, target } = request;
  const password = view.kind === 'password';
  await tx.execute(sql`update users set totp_secret = null, totp_pending_secret = null, totp_enrolled_at = null,
      totp_last_step = null ${password ? sql`, password_hash = null` : sql``} where id = ${target.id}`);
  await tx.execute(sql`delete from recovery_codes where user_id = ${target.id}`);
  const ended = await revokeSessions(tx, target.id);
  const passwordSetup = password ? await issuePasswordSetupLink(tx, ctx, target.id) : null;

  const performedAt = new Date().toISOString();
  const data = {
    requestId: view.id,
    kind: view.kind,
    performedAt,
    userId: target.id,
    username: view.user.username,
    requestedBy: view.requestedBy.username,
    approvedBy: ctx.actor?.username ?? '',
  };
  const supervisors = await supervisorsOf(tx, target);
  for (const userId of [target.id, ...supervisors.filter((id) => id !== ctx.actor?.userId)]) {
    await tx.insert(notifications).values({ id: newId(), userId, kind: 'account_reset', data });
  }
  await recordAudit(tx, ctx, {
    action: password ? 'admin.user.password_reset' : 'admin.user.mfa_reset',
    resourceType: 'user',
    resourceId: target.id,
    details: {
      requestId: view.id,
      requestedBy: view.requestedBy.id,
      sessionsEnded: ended,
      notified: supervisors.length + 1,
    },
  });
  return passwordSetup;
}

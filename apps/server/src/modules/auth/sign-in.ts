import { setTimeout as sleep } from 'node:timers/promises';
import type { SessionStage, SignInRequest } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { verifyPassword } from '../../auth/passwords';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';
import type { SessionSettings } from '../../lib/router';
import { DEMO_USERNAMES } from '../synthetic/demo-accounts';
import { createSession, type IssuedSession } from './session-store';
import {
  addressPauseSeconds,
  clearFailures,
  pairValue,
  recordFailure,
  secondsBlocked,
  throttleKey,
} from './throttle';

interface Candidate {
  id: string;
  agency_id: string;
  password_hash: string | null;
  totp_enrolled: boolean;
  demo: boolean;
}

/**
 * Checks a username and password and opens a session at its first stage. Every failure looks the same
 * (status, message and the time an argon2 verification takes) whether or not the account exists, and is
 * audited and counted for throttling — in a transaction that commits, so the refusal itself is recorded.
 * A session cookie already presented is revoked: the client never keeps a token from before sign-in.
 */
export async function signIn(
  ctx: RequestContext,
  input: SignInRequest,
  settings: SessionSettings,
  presentedSessionId: string | null,
): Promise<IssuedSession> {
  const username = input.username.trim().toLowerCase();
  const address = ctx.client.ip;
  const keys = [
    throttleKey('account', username),
    ...(address ? [throttleKey('pair', pairValue(username, address))] : []),
  ];

  // A busy address is slowed before anything is checked, outside the transaction so that waiting holds
  // no database connection; it is never refused, so a colleague in a shared office still gets in.
  if (address) {
    const pause = await ctx.transaction((tx) => addressPauseSeconds(tx, address));
    if (pause > 0) await sleep(pause * 1000);
  }

  const outcome = await ctx.transaction(async (tx) => {
    const wait = await secondsBlocked(tx, keys);
    if (wait > 0) {
      await recordAudit(tx, ctx, {
        action: 'auth.sign_in',
        outcome: 'denied',
        details: { reason: 'throttled' },
      });
      return { error: new AppError(429, 'auth.throttled', { seconds: wait }) };
    }
    const [user] = await queryRows<Candidate>(
      tx,
      sql`select u.id, u.agency_id, u.password_hash, u.totp_enrolled_at is not null as totp_enrolled, u.demo
          from users u join agencies a on a.id = u.agency_id
          where u.username = ${username} and u.disabled_at is null and a.disabled_at is null`,
    );
    const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
    if (!user || !passwordOk) {
      await recordFailure(tx, 'account', username);
      if (address) {
        await recordFailure(tx, 'pair', pairValue(username, address));
        await recordFailure(tx, 'address', address);
      }
      await recordAudit(tx, ctx, {
        action: 'auth.sign_in',
        outcome: 'failure',
        actorUserId: user?.id ?? null,
        actorAgencyId: user?.agency_id ?? null,
        details: { reason: 'invalid_credentials' },
      });
      return { error: new AppError(401, 'auth.invalid_credentials') };
    }

    await clearFailures(tx, 'account', username);
    if (address) await clearFailures(tx, 'pair', pairValue(username, address));
    if (presentedSessionId) {
      await tx.execute(
        sql`update sessions set revoked_at = now() where id = ${presentedSessionId} and revoked_at is null`,
      );
    }
    // The documented demo accounts skip the second factor, and only while the installation itself is in demo
    // mode; other accounts made during a demo belong to it (they end with it) but enrol like anyone.
    const stage: SessionStage =
      user.demo && ctx.demo && DEMO_USERNAMES.includes(username)
        ? 'active'
        : user.totp_enrolled
          ? 'mfa_required'
          : 'mfa_enrolment';
    const session = await createSession(tx, ctx, user.id, stage, settings);
    await tx.execute(sql`update users set last_sign_in_at = now() where id = ${user.id}`);
    await recordAudit(tx, ctx, {
      action: 'auth.sign_in',
      actorUserId: user.id,
      actorAgencyId: user.agency_id,
      resourceType: 'session',
      resourceId: session.id,
      details: { stage },
    });
    return { session };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}

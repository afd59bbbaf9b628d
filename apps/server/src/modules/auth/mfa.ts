import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type AuditInput, recordAudit } from '../../audit/record-audit';
import { base32Encode, newTotpSecret, otpauthUri, verifyTotp } from '../../auth/totp';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { qrSvg } from '../../lib/qr-svg';
import type { PresentedSession } from '../../lib/router';
import { rotateSession } from './session-store';
import { clearFailures, recordFailure, secondsBlocked, throttleKey } from './throttle';

const RECOVERY_CODE_COUNT = 10;
const totpContext = (userId: string) => `totp:${userId}`;
const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/-/g, '').toUpperCase()).digest('hex');

/** Ten one-time recovery codes, 50 random bits each, shown once as XXXXX-XXXXX. */
function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = base32Encode(randomBytes(7)).slice(0, 10);
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Starts TOTP enrolment: a new secret, kept encrypted as "pending" until the user proves their app has it. */
export async function startMfaEnrolment(ctx: RequestContext, session: PresentedSession) {
  const secret = newTotpSecret();
  const username = await ctx.transaction(async (tx) => {
    const [user] = await queryRows<{ username: string }>(
      tx,
      sql`select username from users where id = ${session.userId}`,
    );
    if (!user) throw new AppError(401, 'auth.required');
    await tx.execute(
      sql`update users set totp_pending_secret = ${ctx.secrets.seal(secret, totpContext(session.userId))} where id = ${session.userId}`,
    );
    await recordAudit(tx, ctx, {
      action: 'auth.mfa_enrolment_start',
      actorUserId: session.userId,
      resourceType: 'user',
      resourceId: session.userId,
    });
    return user.username;
  });
  const uri = otpauthUri(secret, username);
  return {
    secret,
    otpauthUri: uri,
    qrSvg: await qrSvg(uri),
  };
}

async function failCode(tx: Tx, ctx: RequestContext, session: PresentedSession, action: string) {
  await recordFailure(tx, 'mfa', session.userId);
  await recordAudit(tx, ctx, {
    action,
    outcome: 'failure',
    actorUserId: session.userId,
    details: { reason: 'invalid_code' },
  });
  return { error: new AppError(400, 'auth.invalid_code') };
}

/** A code was accepted: its failures are forgotten, the session is active under a new token, and it is audited. */
async function acceptCode(
  tx: Tx,
  ctx: RequestContext,
  session: PresentedSession,
  audit: Omit<AuditInput, 'actorUserId'>,
) {
  await clearFailures(tx, 'mfa', session.userId);
  const rotated = await rotateSession(tx, session.id, 'active');
  await recordAudit(tx, ctx, { ...audit, actorUserId: session.userId });
  return rotated;
}

/** Confirms enrolment with a first code; issues recovery codes and promotes the session under a new token. */
export async function confirmMfaEnrolment(ctx: RequestContext, session: PresentedSession, code: string) {
  const outcome = await ctx.transaction(async (tx) => {
    const wait = await secondsBlocked(tx, [throttleKey('mfa', session.userId)]);
    if (wait > 0) return { error: new AppError(429, 'auth.throttled', { seconds: wait }) };
    const [user] = await queryRows<{ totp_pending_secret: string | null }>(
      tx,
      sql`select totp_pending_secret from users where id = ${session.userId}`,
    );
    if (!user?.totp_pending_secret) return { error: new AppError(409, 'auth.enrolment_not_started') };
    const secret = ctx.secrets.open(user.totp_pending_secret, totpContext(session.userId));
    const step = verifyTotp(secret, code, new Date(), null);
    if (step === null) return failCode(tx, ctx, session, 'auth.mfa_enrolment_confirm');

    await tx.execute(sql`
      update users set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_enrolled_at = now(),
        totp_last_step = ${step} where id = ${session.userId}`);
    const recoveryCodes = newRecoveryCodes();
    await tx.execute(sql`delete from recovery_codes where user_id = ${session.userId}`);
    for (const recovery of recoveryCodes) {
      await tx.execute(
        sql`insert into recovery_codes (id, user_id, code_hash) values (${newId()}, ${session.userId}, ${hashRecoveryCode(recovery)})`,
      );
    }
    const rotated = await acceptCode(tx, ctx, session, {
      action: 'auth.mfa_enrolment_confirm',
      resourceType: 'user',
      resourceId: session.userId,
    });
    return { ...rotated, recoveryCodes };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/** The second step of sign-in: a TOTP code (once only, ±1 step) or an unused recovery code. */
export async function verifySecondFactor(
  ctx: RequestContext,
  session: PresentedSession,
  input: { code: string } | { recoveryCode: string },
) {
  const outcome = await ctx.transaction(async (tx) => {
    const wait = await secondsBlocked(tx, [throttleKey('mfa', session.userId)]);
    if (wait > 0) return { error: new AppError(429, 'auth.throttled', { seconds: wait }) };
    let method: 'totp' | 'recovery_code';
    if ('code' in input) {
      method = 'totp';
      const [user] = await queryRows<{ totp_secret: string | null; totp_last_step: number | null }>(
        tx,
        sql`select totp_secret, totp_last_step from users where id = ${session.userId} for update`,
      );
      if (!user?.totp_secret) return { error: new AppError(409, 'auth.enrolment_not_started') };
      const secret = ctx.secrets.open(user.totp_secret, totpContext(session.userId));
      const step = verifyTotp(secret, input.code, new Date(), user.totp_last_step);
      if (step === null) return failCode(tx, ctx, session, 'auth.mfa_verify');
      await tx.execute(sql`update users set totp_last_step = ${step} where id = ${session.userId}`);
    } else {
      method = 'recovery_code';
      const used = await queryRows<{ id: string }>(
        tx,
        sql`update recovery_codes set used_at = now()
            where user_id = ${session.userId} and code_hash = ${hashRecoveryCode(input.recoveryCode)} and used_at is null
            returning id`,
      );
      if (used.length === 0) return failCode(tx, ctx, session, 'auth.mfa_verify');
    }
    return acceptCode(tx, ctx, session, {
      action: 'auth.mfa_verify',
      resourceType: 'session',
      resourceId: session.id,
      details: { method },
    });
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

import type { SessionStage } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { hashToken, randomToken } from '../../auth/tokens';
import type { RequestContext } from '../../context/request-context';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import type { SessionSettings } from '../../lib/router';

export interface IssuedSession {
  id: string;
  token: string;
  stage: SessionStage;
  expiresAt: Date;
}

/** A new session with a fresh random token; the token leaves the server once, in the cookie. */
export async function createSession(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  stage: SessionStage,
  settings: SessionSettings,
): Promise<IssuedSession> {
  const token = randomToken();
  const id = newId();
  const expiresAt = new Date(Date.now() + settings.maxHours * 3600_000);
  await tx.execute(sql`
    insert into sessions (id, user_id, token_hash, stage, expires_at, ip, user_agent)
    values (${id}, ${userId}, ${hashToken(token)}, ${stage}, ${expiresAt.toISOString()}, ${ctx.client.ip}, ${ctx.client.userAgent})`);
  return { id, token, stage, expiresAt };
}

/** Moves a session to its next stage under a new token, so a token seen before a step is worthless after it. */
export async function rotateSession(
  tx: Tx,
  sessionId: string,
  stage: SessionStage,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const result = (await tx.execute(
    sql`update sessions set token_hash = ${hashToken(token)}, stage = ${stage}, last_seen_at = now()
        where id = ${sessionId} returning expires_at::text as expires_at`,
  )) as unknown as { rows: { expires_at: string }[] };
  return { token, expiresAt: new Date(result.rows[0]?.expires_at ?? Date.now()) };
}

/** Ends sessions at once (all of a user's, or all but one). Returns how many were ended. */
export async function revokeSessions(tx: Tx, userId: string, exceptSessionId?: string): Promise<number> {
  const result = (await tx.execute(sql`
    update sessions set revoked_at = now()
    where user_id = ${userId} and revoked_at is null
      ${exceptSessionId ? sql`and id <> ${exceptSessionId}` : sql``}
    returning id`)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

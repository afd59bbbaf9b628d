import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { sessions } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';

function actorOf(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError(401, 'auth.required');
  return ctx.actor;
}

/** One's own open sessions (devices), newest first. */
export async function listOwnSessions(ctx: RequestContext) {
  const actor = actorOf(ctx);
  const rows = await ctx.transaction((tx) =>
    tx
      // Named columns: the request role may not read token hashes (migration 0019).
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        ip: sessions.ip,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(
        and(
          eq(sessions.userId, actor.userId),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql`now()`),
        ),
      )
      .orderBy(desc(sessions.lastSeenAt)),
  );
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    current: row.id === actor.sessionId,
  }));
}

export async function revokeOwnSession(ctx: RequestContext, sessionId: string) {
  const actor = actorOf(ctx);
  await ctx.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'account.session_revoke',
      resourceType: 'session',
      resourceId: sessionId,
    });
  });
}

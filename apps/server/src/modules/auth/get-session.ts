import type { SessionResponse } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { csrfTokenFor } from '../../access/session-middleware';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';
import type { PresentedSession, Runtime } from '../../lib/router';

/** Who is signed in, at which stage, with the CSRF token the web app must send with every change. */
export async function getSession(
  ctx: RequestContext,
  session: PresentedSession,
  runtime: Runtime,
): Promise<SessionResponse> {
  const [row] = await ctx.transaction((tx) =>
    queryRows<{
      username: string;
      display_name: string;
      agency_id: string;
      agency_name: string;
      expires_at: string;
    }>(
      tx,
      sql`select u.username, u.display_name, a.id as agency_id, a.name as agency_name, s.expires_at::text as expires_at
          from sessions s join users u on u.id = s.user_id join agencies a on a.id = u.agency_id where s.id = ${session.id}`,
    ),
  );
  if (!row) throw new AppError(401, 'auth.required');
  return {
    stage: session.stage,
    csrfToken: csrfTokenFor(runtime.csrfKey, session.token),
    demo: runtime.demo,
    expiresAt: new Date(row.expires_at).toISOString(),
    idleTimeoutSeconds: runtime.sessions.idleMinutes * 60,
    user: {
      id: session.userId,
      username: row.username,
      displayName: row.display_name,
      agency: { id: row.agency_id, name: row.agency_name },
      roles: ctx.actor?.roles ?? [],
      permissions: ctx.actor?.permissions ?? [],
    },
  };
}

export async function signOut(ctx: RequestContext, session: PresentedSession): Promise<void> {
  await ctx.transaction(async (tx) => {
    await tx.execute(
      sql`update sessions set revoked_at = now() where id = ${session.id} and revoked_at is null`,
    );
    await recordAudit(tx, ctx, {
      action: 'auth.sign_out',
      actorUserId: session.userId,
      resourceType: 'session',
      resourceId: session.id,
    });
  });
}

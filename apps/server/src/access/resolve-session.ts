import type { Permission, SessionStage } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { hashToken } from '../auth/tokens';
import type { Actor, PendingTransaction, RequestContext } from '../context/request-context';
import { holdRequestTransaction } from '../db/request-transaction';
import type { AppDatabase } from '../db/types';
import type { SessionSettings } from '../lib/router';

export interface ResolvedSession {
  id: string;
  userId: string;
  stage: SessionStage;
  actor: Actor | null;
}

/** What `lantern_open_session` answers (migration 0018). */
interface OpenedSession {
  id: string;
  userId: string;
  username: string;
  agencyId: string;
  stage: SessionStage;
  roles: string[] | null;
  permissions: string[] | null;
}

/**
 * Opens the request's transaction with the session behind a cookie token, if it is still good: not revoked,
 * not idle past the idle timeout, not older than its absolute lifetime, and its user and agency not disabled.
 * One statement does it all — the request role, the request id, the check, the touch of last_seen_at (at
 * most once a minute) and the actor settings of a fully signed-in session — and the transaction stays open
 * for the request's work: the caller must end `pending.held`.
 */
export async function openSession(
  db: AppDatabase,
  ctx: RequestContext,
  token: string,
  settings: SessionSettings,
): Promise<{ session: ResolvedSession | null; pending: PendingTransaction }> {
  const { value: row, held } = await holdRequestTransaction<OpenedSession>(
    db,
    ctx.requestId,
    sql`lantern_open_session(${hashToken(token)}, ${settings.idleMinutes})`,
  );
  const actor: Actor | null =
    row?.stage === 'active'
      ? {
          userId: row.userId,
          username: row.username,
          agencyId: row.agencyId,
          sessionId: row.id,
          roles: row.roles ?? [],
          permissions: (row.permissions ?? []) as Permission[],
        }
      : null;
  const pending: PendingTransaction = {
    held,
    context: {
      requestId: ctx.requestId,
      actorId: actor?.userId ?? null,
      agencyId: actor?.agencyId ?? null,
      permissions: actor?.permissions ?? [],
    },
  };
  return { session: row ? { id: row.id, userId: row.userId, stage: row.stage, actor } : null, pending };
}

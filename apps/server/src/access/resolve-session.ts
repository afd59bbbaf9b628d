import type { Permission, SessionStage } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { hashToken } from '../auth/tokens';
import type { Actor, RequestContext } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import type { SessionSettings } from '../lib/router';

export interface ResolvedSession {
  id: string;
  userId: string;
  stage: SessionStage;
  actor: Actor | null;
}

interface SessionRow {
  id: string;
  user_id: string;
  username: string;
  agency_id: string;
  stage: SessionStage;
  idle_seconds: number;
  roles: string[] | null;
  permissions: string[] | null;
}

/**
 * The session behind a cookie token, if it is still good: not revoked, not idle past the idle timeout,
 * not older than its absolute lifetime, and its user and agency not disabled. Touches last_seen_at at most
 * once a minute.
 */
export async function resolveSession(
  ctx: RequestContext,
  token: string,
  settings: SessionSettings,
): Promise<ResolvedSession | null> {
  return ctx.transaction(async (tx) => {
    const [row] = await queryRows<SessionRow>(
      tx,
      sql`
        select s.id, s.user_id, u.username, u.agency_id, s.stage,
               extract(epoch from (now() - s.last_seen_at))::int as idle_seconds,
               array(select r.code from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = u.id order by r.code) as roles,
               array(select distinct p from user_roles ur join roles r on r.id = ur.role_id, unnest(r.permissions) p where ur.user_id = u.id order by p) as permissions
        from sessions s
        join users u on u.id = s.user_id
        join agencies a on a.id = u.agency_id
        where s.token_hash = ${hashToken(token)}
          and s.revoked_at is null
          and s.expires_at > now()
          and s.last_seen_at > now() - make_interval(mins => ${settings.idleMinutes})
          and u.disabled_at is null
          and a.disabled_at is null`,
    );
    if (!row) return null;
    if (row.idle_seconds >= 60) {
      await tx.execute(sql`update sessions set last_seen_at = now() where id = ${row.id}`);
    }
    const actor: Actor | null =
      row.stage === 'active'
        ? {
            userId: row.user_id,
            username: row.username,
            agencyId: row.agency_id,
            sessionId: row.id,
            roles: row.roles ?? [],
            permissions: (row.permissions ?? []) as Permission[],
          }
        : null;
    return { id: row.id, userId: row.user_id, stage: row.stage, actor };
  });
}

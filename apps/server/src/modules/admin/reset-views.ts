import type { ResetRequestView } from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import type { ResetTarget } from './reset-policy';

interface Row {
  id: string;
  kind: 'password' | 'mfa';
  status: 'pending' | 'performed' | 'refused' | 'expired';
  lapsed: boolean;
  requested_at: string;
  expires_at: string;
  decided_at: string | null;
  user_id: string;
  user_username: string;
  user_display_name: string;
  user_agency_id: string;
  agency_name: string;
  user_permissions: string[] | null;
  fresh: boolean;
  requested_by: string;
  requester_username: string;
  requester_display_name: string;
  decided_by: string | null;
  decider_username: string | null;
  decider_display_name: string | null;
}

export interface LoadedRequest {
  view: ResetRequestView;
  target: ResetTarget;
  requestedBy: string;
  /** Pending and not lapsed: the only state in which it may be decided. */
  open: boolean;
}

const iso = (value: string) => new Date(value).toISOString();

/** Reset requests with the names of the people involved; `where` filters on `q` (requests) and `u` (account). */
export async function loadRequests(tx: Tx, where: SQL, options: { lock?: boolean } = {}) {
  const rows = await queryRows<Row>(
    tx,
    sql`select q.id, q.kind, q.status, (q.status = 'pending' and q.expires_at <= now()) as lapsed,
          q.requested_at::text as requested_at, q.expires_at::text as expires_at, q.decided_at::text as decided_at,
          u.id as user_id, u.username as user_username, u.display_name as user_display_name,
          u.agency_id as user_agency_id, a.name as agency_name,
          array(select distinct p from user_roles ur join roles r on r.id = ur.role_id, unnest(r.permissions) p
                where ur.user_id = u.id) as user_permissions,
          (u.password_hash is null and u.last_sign_in_at is null and u.totp_enrolled_at is null) as fresh,
          q.requested_by, rq.username as requester_username, rq.display_name as requester_display_name,
          q.decided_by, d.username as decider_username, d.display_name as decider_display_name
        from account_reset_requests q
        join users u on u.id = q.user_id
        join agencies a on a.id = u.agency_id
        join users rq on rq.id = q.requested_by
        left join users d on d.id = q.decided_by
        where ${where}
        order by q.requested_at desc
        limit 200
        ${options.lock ? sql`for update of q` : sql``}`,
  );
  return rows.map(
    (row): LoadedRequest => ({
      requestedBy: row.requested_by,
      open: row.status === 'pending' && !row.lapsed,
      target: {
        id: row.user_id,
        agencyId: row.user_agency_id,
        permissions: row.user_permissions ?? [],
        neverActivated: row.fresh,
      },
      view: {
        id: row.id,
        kind: row.kind,
        status: row.lapsed ? 'expired' : row.status,
        user: {
          id: row.user_id,
          username: row.user_username,
          displayName: row.user_display_name,
          agencyName: row.agency_name,
        },
        requestedBy: {
          id: row.requested_by,
          username: row.requester_username,
          displayName: row.requester_display_name,
        },
        requestedAt: iso(row.requested_at),
        expiresAt: iso(row.expires_at),
        decidedBy:
          row.decided_by && row.decider_username
            ? {
                id: row.decided_by,
                username: row.decider_username,
                displayName: row.decider_display_name ?? row.decider_username,
              }
            : null,
        decidedAt: row.decided_at ? iso(row.decided_at) : null,
      },
    }),
  );
}

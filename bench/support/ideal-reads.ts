// The ideal floor's reads: the one statement a hand-written server would send for the case list and the case
// page — the page (or the case with its linked cases), its bounded total, and the identity-read audit event with
// its place in the sealer's queue, in one round trip. Row-level security applies as for the application.
import { randomUUID } from 'node:crypto';

export interface IdealActor {
  userId: string;
  agencyId: string;
}

export interface IdealStatement {
  text: string;
  values: unknown[];
}

/** The audit append as two CTEs reading the answer CTE `source` (no event when it is empty). */
const auditCtes = (source: string, details: string) => `
  event as (
    insert into audit_events (id, occurred_at, actor_user_id, actor_agency_id, action, resource_type, resource_id,
      outcome, request_id, details, tx_id)
    select $1::uuid, now(), $2::uuid, $3::uuid, $4, 'case', $5::text, 'success', $6, ${details}, txid_current()
    from ${source} having count(*) > 0),
  queued as (insert into audit_pending_seal (event_id) select $1::uuid from ${source} having count(*) > 0)`;

/**
 * The cases the actor's agency reaches in one state, newest first — its own and those an open referral or a live
 * share brings it (the database's `case_reach`, which states the same rule as the application) — 50 rows (+1 to
 * say whether more follow) and a total capped at 1,000+1. Each kind is read in its index order up to the page.
 */
export function caseListStatement(actor: IdealActor, state: string, limit: number): IdealStatement {
  const reached = `case_reach r join cases c on c.id = r.case_id
        where r.agency_id = $3::uuid and c.state = $7 and c.owner_agency_id <> $3::uuid`;
  const own = 'cases c where c.owner_agency_id = $3::uuid and c.state = $7';
  return {
    text: `
      with ids as (
        (select c.id, c.received_on, c.code from ${own} order by c.received_on desc, c.code desc limit $8)
        union all
        (select c.id, c.received_on, c.code from ${reached} order by c.received_on desc, c.code desc limit $8)
        order by received_on desc, code desc limit $8),
      page as (
        select c.id, c.code, c.state, c.received_on, c.province_code, c.owner_agency_id, c.trafficking_status,
               c.exploitation_types, p.id as person_id, p.sex, p.age_band, p.home_province_code, p.identity_sealed
        from ids join cases c on c.id = ids.id join persons p on p.id = c.person_id),
      total as (
        select count(*) as n from ((select 1 from ${own} limit 1001) union all (select 1 from ${reached} limit 1001)
                                   limit 1001) t),
      ${auditCtes('page', "jsonb_build_object('cases', string_agg(page.id::text, ','), 'count', count(*))")}
      select page.*, (select n from total) as total from page order by received_on desc, code desc`,
    values: [
      randomUUID(),
      actor.userId,
      actor.agencyId,
      'case.list_identity',
      null,
      randomUUID(),
      state,
      limit + 1,
    ],
  };
}

/** One case with its person and the linked cases the actor may open, and the identity read audited. */
export function casePageStatement(actor: IdealActor, caseId: string): IdealStatement {
  return {
    text: `
      with found as (
        select c.*, p.identity_sealed, p.sex, p.age_band, p.ethnicity, p.nationality, p.languages,
               p.home_province_code, p.home_commune_code
        from cases c join persons p on p.id = c.person_id
        where c.id = $5::uuid and lantern_case_visible(c.owner_agency_id, c.province_code, c.created_by, c.id)),
      linked as (
        select l.case_id, l.code, l.province_code,
               exists (select 1 from cases v where v.id = l.case_id
                       and lantern_case_visible(v.owner_agency_id, v.province_code, v.created_by, v.id)) as visible
        from found, lantern_linked_cases(found.person_id) l),
      ${auditCtes('found', `jsonb_build_object('access', 'agency')`)}
      select found.*, (select coalesce(json_agg(linked), '[]') from linked) as linked from found`,
    values: [randomUUID(), actor.userId, actor.agencyId, 'case.view_identity', caseId, randomUUID()],
  };
}

/**
 * An agency's inbox: its open incoming referrals by answer deadline, 50 rows (+1), with both agencies' names and
 * the sender's and answerer's, and the total capped at 1,000+1. Listing is not audited (no sealed words are read).
 */
export function referralInboxStatement(actor: IdealActor, limit: number): IdealStatement {
  const open = `r.to_agency_id = $1::uuid and r.status in ('sent', 'accepted', 'in_progress')`;
  return {
    text: `
      with page as (
        select r.id, r.case_id, r.case_code, r.from_agency_id, fa.name as from_name, r.to_agency_id,
               ta.name as to_name, r.services, r.urgency, r.reason, r.sections, r.status, r.ended_because,
               r.consent_overridden, r.created_at, r.sent_by, su.display_name as sent_by_name, r.respond_by,
               r.complete_by, r.answered_at, r.answered_by, au.display_name as answered_by_name, r.decline_reason,
               r.outcome, r.closed_at, r.escalation_level
        from referrals r join agencies fa on fa.id = r.from_agency_id join agencies ta on ta.id = r.to_agency_id
          join users su on su.id = r.sent_by left join users au on au.id = r.answered_by
        where ${open}
        order by r.respond_by, r.id
        limit $2),
      total as (select count(*) as n from (select 1 from referrals r where ${open} limit 1001) t)
      select page.*, (select n from total) as total from page order by respond_by, id`,
    values: [actor.agencyId, limit + 1],
  };
}

/** The context every request transaction sets, as one statement (the role, the request, the actor). */
export function contextStatement(actor: IdealActor, permissions: readonly string[]): IdealStatement {
  return {
    text: `select set_config('role', 'lantern_app', true), set_config('jit', 'off', true), set_config('lantern.request_id', $1, true),
      set_config('lantern.actor_id', $2, true), set_config('lantern.agency_id', $3, true),
      set_config('lantern.permissions', $4, true)`,
    values: [randomUUID(), actor.userId, actor.agencyId, permissions.join(',')],
  };
}

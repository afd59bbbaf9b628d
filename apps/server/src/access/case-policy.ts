import { type ReferralSection, referralSections } from '@lantern/domain';
import { eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import { cases } from '../db/schema';
import type { Tx } from '../db/types';
import { hasAccessGrant } from './access-grants';
import { can } from './policy';

export type CaseAccess = 'agency' | 'shared' | 'referral' | 'registrant' | 'province' | 'break_glass';

/**
 * How an actor reaches a visible case and which of its parts that opens: everything for the owning agency, a
 * share or break-the-glass; what the open referrals chose for an agency reached only through referrals; the
 * pseudonymous summary for a provincial coordinator or the registering screener.
 */
export interface CaseReach {
  access: CaseAccess;
  sections: ReadonlySet<ReferralSection>;
}

const everySection: ReadonlySet<ReferralSection> = new Set(referralSections);
const noSection: ReadonlySet<ReferralSection> = new Set();
/** The actor's own agency's case (for writes, which only the owner makes). */
export const ownAgencyReach: CaseReach = { access: 'agency', sections: everySection };

/**
 * The cases an actor may know exist — the same rule as the row-level security policy (lantern_case_visible),
 * stated once more in the query so lists and single reads agree even before the database checks.
 */
export function caseScope(ctx: RequestContext): SQL {
  if (!ctx.actor) return sql`false`;
  return sql`lantern_case_visible(${cases.ownerAgencyId}, ${cases.provinceCode}, ${cases.createdBy}, ${cases.id})`;
}

/**
 * The same scope as `caseScope`, for lists: written as arms the planner can serve from indexes (the agency's own
 * cases, the province's, and the few cases reached another way — shared with the agency, referred to it within
 * the person's consent, opened by break-the-glass, registered by the actor in another agency — looked up first),
 * so a list of a million cases is read in index order and stops at the page. Row-level security still checks
 * every row it returns. (The case list itself reads its arms one by one: `access/case-list-arms.ts`.)
 */
export async function caseListScope(tx: Tx, ctx: RequestContext): Promise<SQL> {
  const actor = ctx.actor;
  if (!actor) return sql`false`;
  const reached: SQL[] = [];
  if (can(ctx, 'case.read'))
    reached.push(
      sql`select s.case_id as id from case_shares s where ${liveShareTo(actor.agencyId)}`,
      sql`select r.case_id as id from referrals r where ${openReferralTo(actor.agencyId)}`,
    );
  const { arms, ids } = await scopeArms(tx, ctx, reached);
  if (ids.length > 0) arms.push(inArray(cases.id, ids));
  return arms.length > 0 ? (or(...arms) as SQL) : sql`false`;
}

/**
 * The scope's index-friendly arms (own agency or own registrations, province) and the ids of the cases reached
 * another way: break-the-glass grants, registrations in another agency, and what `moreReached` selects (one
 * `select … as id` each), looked up in one statement with the actor's province.
 */
export async function scopeArms(
  tx: Tx,
  ctx: RequestContext,
  moreReached: readonly SQL[],
): Promise<{ arms: SQL[]; ids: string[]; province: string | null }> {
  const actor = ctx.actor;
  if (!actor) return { arms: [], ids: [], province: null };
  const reach: SQL[] = [
    sql`select resource_id::uuid as id from access_grants
        where user_id = ${actor.userId} and resource_type = 'case' and expires_at > now()`,
    ...moreReached,
  ];
  if (can(ctx, 'case.create') && can(ctx, 'case.read'))
    reach.push(
      sql`select id from cases where created_by = ${actor.userId} and owner_agency_id <> ${actor.agencyId}`,
    );
  const [row] = await queryRows<{ ids: string[] | null; province: string | null }>(
    tx,
    sql`select array(${sql.join(reach, sql` union `)}) as ids, lantern_current_province() as province`,
  );
  const arms: SQL[] = [];
  if (can(ctx, 'case.read')) arms.push(eq(cases.ownerAgencyId, actor.agencyId));
  else if (can(ctx, 'case.create')) arms.push(eq(cases.createdBy, actor.userId));
  if (can(ctx, 'case.read_province')) arms.push(sql`${cases.provinceCode} = lantern_current_province()`);
  return { arms, ids: row?.ids ?? [], province: row?.province ?? null };
}

/**
 * Whether a live sharing consent of the case covers the agency (naming it or its type). A share counts only
 * while this holds: a share row nobody ended grants nothing once the person withdrew the consent it relied
 * on. The database states the same rule inside lantern_case_visible (migration 0035); this is the
 * application's statement of it, so either wall alone keeps a withdrawn case closed.
 */
export function sharingConsented(caseId: SQL, agencyId: SQL): SQL {
  return sql`exists (select 1 from consents c join agencies a on a.id = ${agencyId}
    where c.case_id = ${caseId} and c.purpose = 'sharing' and c.withdrawn_at is null
      and (${agencyId} = any(c.sharing_agency_ids) or a.type_code = any(c.sharing_agency_types)))`;
}

/**
 * The application's statement of how a referral reaches an agency: the conditions on a referral `r` that is open,
 * to the agency, and within the person's sharing consent (or an audited override).
 */
export function openReferralTo(agencyId: string): SQL {
  return sql`r.to_agency_id = ${agencyId} and r.status in ('sent', 'accepted', 'in_progress')
    and (r.consent_overridden or ${sharingConsented(sql`r.case_id`, sql`r.to_agency_id`)})`;
}

/** How a share reaches an agency: the conditions on a share `s` that is live, to the agency, within consent. */
export function liveShareTo(agencyId: string): SQL {
  return sql`s.agency_id = ${agencyId} and s.revoked_at is null
    and ${sharingConsented(sql`s.case_id`, sql`s.agency_id`)}`;
}

/** The province of the actor's agency (for the provincial scope). */
export async function actorProvince(tx: Tx): Promise<string | null> {
  const [row] = await queryRows<{ province: string | null }>(
    tx,
    sql`select lantern_current_province() as province`,
  );
  return row?.province ?? null;
}

/** How this actor reaches a visible case; decides which parts they see. */
export async function reachTo(
  tx: Tx,
  ctx: RequestContext,
  row: { id: string; ownerAgencyId: string; createdBy: string; provinceCode: string },
): Promise<CaseReach> {
  const actor = ctx.actor;
  if (actor && row.ownerAgencyId === actor.agencyId && can(ctx, 'case.read')) return ownAgencyReach;
  if (actor && can(ctx, 'case.read') && (await isSharedWith(tx, row.id, actor.agencyId)))
    return { access: 'shared', sections: everySection };
  if (await hasAccessGrant(tx, ctx, 'case', row.id)) return { access: 'break_glass', sections: everySection };
  if (actor && can(ctx, 'case.read')) {
    const opened = await referredSections(tx, row.id, actor.agencyId);
    if (opened) return { access: 'referral', sections: opened };
  }
  if (actor && row.createdBy === actor.userId && can(ctx, 'case.create'))
    return { access: 'registrant', sections: noSection };
  return { access: 'province', sections: noSection };
}

/**
 * Identifying data: only with case.read_identity, on the agency's own case, a case shared with the agency
 * (within the person's live sharing consent), one opened by break-the-glass, or one referred to the agency
 * with its identity among the sections the sender opened.
 */
export function mayViewIdentity(ctx: RequestContext, reach: CaseReach): boolean {
  return can(ctx, 'case.read_identity') && reach.sections.has('identity');
}

/**
 * The sections open referrals to the agency opened (their union), or null when no open referral within the
 * person's consent (or an audited override) reaches the case — the referral arm of lantern_case_visible and lantern_case_section (migration 0035).
 */
async function referredSections(
  tx: Tx,
  caseId: string,
  agencyId: string,
): Promise<ReadonlySet<ReferralSection> | null> {
  const rows = await queryRows<{ sections: ReferralSection[] }>(
    tx,
    sql`select r.sections from referrals r where r.case_id = ${caseId} and ${openReferralTo(agencyId)}`,
  );
  return rows.length === 0 ? null : new Set(rows.flatMap((row) => row.sections));
}

async function isSharedWith(tx: Tx, caseId: string, agencyId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select s.id from case_shares s where s.case_id = ${caseId} and ${liveShareTo(agencyId)} limit 1`,
  );
  return rows.length > 0;
}

/**
 * Support an agency gives on a case it reaches through a referral: the regimes of the open plans' services that
 * name a referral of the case to the agency, accepted and not closed, within the person's consent — the rule of
 * lantern_support_responsible (migration 0032). The owning agency plans the support; the referred agency records
 * what it gave of those services only, and sees those plan items only.
 */
export interface SupportResponsibility {
  regimes: ReadonlySet<string>;
  referralIds: ReadonlySet<string>;
}

export async function supportResponsibility(
  tx: Tx,
  caseId: string,
  agencyId: string,
): Promise<SupportResponsibility> {
  const rows = await queryRows<{ regime: string; referral: string }>(
    tx,
    sql`select s->>'regime' as regime, r.id::text as referral
        from support_plans p cross join lateral jsonb_array_elements(p.services) s
        join referrals r on r.id::text = s->>'referralId'
        where p.case_id = ${caseId} and p.status <> 'closed'
          and r.case_id = ${caseId} and r.to_agency_id = ${agencyId} and r.status in ('accepted', 'in_progress')
          and (r.consent_overridden or ${sharingConsented(sql`r.case_id`, sql`r.to_agency_id`)})`,
  );
  return {
    regimes: new Set(rows.map((row) => row.regime)),
    referralIds: new Set(rows.map((row) => row.referral)),
  };
}

/**
 * Who may record support on a visible case: the owning agency (with case.update or support.manage), or an agency
 * reaching it through a referral for the regimes it is responsible for; anyone else is told the case does not
 * exist (null), as for every other write.
 */
export async function supportWriter(
  tx: Tx,
  ctx: RequestContext,
  row: { id: string; ownerAgencyId: string; createdBy: string; provinceCode: string },
): Promise<{ by: 'owner' } | ({ by: 'referral' } & SupportResponsibility) | null> {
  const actor = ctx.actor;
  if (!actor || !(can(ctx, 'case.update') || can(ctx, 'support.manage'))) return null;
  if (row.ownerAgencyId === actor.agencyId) return { by: 'owner' };
  const reach = await reachTo(tx, ctx, row);
  if (reach.access !== 'referral') return null;
  return { by: 'referral', ...(await supportResponsibility(tx, row.id, actor.agencyId)) };
}

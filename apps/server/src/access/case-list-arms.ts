import { inArray, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { queryRows } from '../db/query-rows';
import { cases } from '../db/schema';
import type { Tx } from '../db/types';
import { liveShareTo, openReferralTo, scopeArms } from './case-policy';
import { can } from './policy';

/**
 * The case list's scope as separate arms, each of which an index serves in the list's order: the agency's own
 * cases, the province's, the few looked up first (break-the-glass, registrations in another agency), and the
 * cases a referral or share brings the agency, found through `case_reach` — the database's trigger-kept statement
 * of who a referral or share reaches (decision 0008).
 *
 * `case_reach` only *finds* those cases. A case listed through that arm alone is shown only once the
 * application's own rule (`confirmReached`) confirms it, so the two walls stay independent for every row a user
 * sees: a stale `case_reach` row opens nothing by itself. The rule is asked for the cases of one page (up to 50),
 * not for every referral the agency holds (734 consent checks, 12 ms, for each page at 1,000,000 persons).
 */
export interface CaseListArms {
  arms: SQL[];
  /** Whether a listed case came through `case_reach` alone and must pass `confirmReached` before it is shown. */
  needsConfirming(row: {
    id: string;
    ownerAgencyId: string;
    provinceCode: string;
    createdBy: string;
  }): boolean;
}

export async function caseListArms(tx: Tx, ctx: RequestContext): Promise<CaseListArms> {
  const actor = ctx.actor;
  const none: CaseListArms = { arms: [], needsConfirming: () => true };
  if (!actor) return none;
  const { arms, ids, province } = await scopeArms(tx, ctx, []);
  if (ids.length > 0) arms.push(inArray(cases.id, ids));
  const readsReached = can(ctx, 'case.read');
  if (readsReached)
    arms.push(sql`${cases.id} in (select r.case_id from case_reach r where r.agency_id = ${actor.agencyId})`);
  const looked = new Set(ids);
  const byProvince = can(ctx, 'case.read_province') && province !== null;
  const byRegistration = can(ctx, 'case.create');
  return {
    arms,
    needsConfirming: (row) =>
      !(readsReached && row.ownerAgencyId === actor.agencyId) &&
      !(byRegistration && row.createdBy === actor.userId) &&
      !looked.has(row.id) &&
      !(byProvince && row.provinceCode === province),
  };
}

/**
 * Of these cases, the ones an open referral to the actor's agency (within the person's sharing consent, or an
 * audited override) or a live share within that consent reaches — the application's statement of the rule.
 */
export async function confirmReached(
  tx: Tx,
  ctx: RequestContext,
  caseIds: readonly string[],
): Promise<Set<string>> {
  const actor = ctx.actor;
  if (!actor || caseIds.length === 0 || !can(ctx, 'case.read')) return new Set();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select t.id from unnest(${`{${caseIds.join(',')}}`}::uuid[]) as t(id)
        where exists (select 1 from referrals r where r.case_id = t.id and ${openReferralTo(actor.agencyId)})
           or exists (select 1 from case_shares s where s.case_id = t.id and ${liveShareTo(actor.agencyId)})`,
  );
  return new Set(rows.map((row) => row.id));
}

import {
  type CaseSummary,
  LIST_TOTAL_CAP,
  type ListTotal,
  todayInVietNam,
  VERIFICATION_DAYS,
} from '@lantern/domain';
import { and, arrayContains, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { caseListArms, confirmReached } from '../../access/case-list-arms';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { readPageCountingOf } from '../../db/bounded-count';
import { cases, persons } from '../../db/schema';
import { toCaseSummary } from './case-view';
import { openIdentity } from './person-identity';

export interface CaseListQuery {
  state?: string | undefined;
  province?: string | undefined;
  exploitationType?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  limit: number;
  offset: number;
}

function overdueCutoff(): string {
  const day = new Date(`${todayInVietNam()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - VERIFICATION_DAYS - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Cases the actor may know exist, newest first. Names appear only for the actor's own agency's cases and only
 * with case.read_identity; showing them is one audit event naming the cases listed.
 */
/**
 * The ids of one page, newest first. The page's cases are chosen before any person is joined (joined first, the
 * database opened the person and its row check of every matching case to keep 50: 3,917 for a busy agency at
 * 1,000,000 persons), and each arm of the scope is read on its own, in its index's order, up to the page's end:
 * joined by `OR`, the agency's own cases and the cases referred to it could only be read in full and sorted
 * (3,916 cases and their row checks for a page of 50). Arms may overlap (a province's cases include the
 * agency's), so they are merged with `UNION`.
 */
function pageIds(arms: readonly SQL[], filters: readonly SQL[], limit: number, offset: number): SQL {
  if (arms.length === 0) return sql`select null::uuid where false`;
  const upTo = limit + offset;
  const armPages = arms.map(
    (arm) =>
      sql`(select ${cases.id} as id, ${cases.receivedOn} as received_on, ${cases.code} as code from ${cases}
           where ${and(arm, ...filters)} order by ${cases.receivedOn} desc, ${cases.code} desc limit ${upTo})`,
  );
  return sql`select id from (${sql.join(armPages, sql` union `)}) as arms
             order by received_on desc, code desc limit ${limit} offset ${offset}`;
}

export async function listCases(
  ctx: RequestContext,
  query: CaseListQuery,
): Promise<{ items: CaseSummary[] } & ListTotal> {
  authorize(ctx, 'case.read', 'case.create', 'case.read_province');
  const filters: SQL[] = [];
  if (query.state) filters.push(eq(cases.state, query.state));
  if (query.province) filters.push(eq(cases.provinceCode, query.province));
  if (query.exploitationType) filters.push(arrayContains(cases.exploitationTypes, [query.exploitationType]));
  if (query.receivedFrom) filters.push(gte(cases.receivedOn, query.receivedFrom));
  if (query.receivedTo) filters.push(lte(cases.receivedOn, query.receivedTo));
  if (query.overdue === 'true')
    filters.push(
      inArray(cases.state, ['received', 'under_verification']),
      lte(cases.receivedOn, overdueCutoff()),
    );
  return ctx.transaction(async (tx) => {
    const { arms, needsConfirming } = await caseListArms(tx, ctx);
    // The total counts each arm's matches up to the cap, merged: arms joined by OR could only be counted by
    // reading every match of every arm.
    const matching =
      arms.length > 0
        ? sql`select id from (${sql.join(
            arms.map(
              (arm) =>
                sql`(select ${cases.id} as id from ${cases} where ${and(arm, ...filters)} limit ${LIST_TOTAL_CAP + 1})`,
            ),
            sql` union `,
          )}) as armed`
        : sql`select 1 where false`;
    const page = await readPageCountingOf(tx, matching, query, (limit, offset, total) =>
      tx
        .select({ kase: cases, person: persons, listTotal: total })
        .from(cases)
        .innerJoin(persons, eq(persons.id, cases.personId))
        .where(sql`${cases.id} in (${pageIds(arms, filters, limit, offset)})`)
        .orderBy(desc(cases.receivedOn), desc(cases.code)),
    );
    const unconfirmed = page.rows.filter(({ kase }) => needsConfirming(kase)).map(({ kase }) => kase.id);
    const confirmed = await confirmReached(tx, ctx, unconfirmed);
    const rows = page.rows.filter(({ kase }) => !needsConfirming(kase) || confirmed.has(kase.id));
    // The two walls disagree only through a fault (a stale case_reach row): the auditor is told which case.
    for (const caseId of unconfirmed.filter((id) => !confirmed.has(id)))
      await recordAudit(tx, ctx, {
        action: 'case.reach_unconfirmed',
        resourceType: 'case',
        resourceId: caseId,
        outcome: 'failure',
      });
    const agencyId = ctx.actor?.agencyId;
    const named = can(ctx, 'case.read_identity') && can(ctx, 'case.read');
    const items = rows.map(({ kase, person }) => {
      const name =
        named && kase.ownerAgencyId === agencyId
          ? openIdentity(ctx.secrets, person.id, person.identitySealed).fullName
          : null;
      return toCaseSummary(kase, person, agencyId, name);
    });
    const shown = items.filter((item) => item.displayName !== null).map((item) => item.id);
    if (shown.length > 0)
      await recordAudit(tx, ctx, {
        action: 'case.list_identity',
        resourceType: 'case',
        details: { cases: shown.join(','), count: shown.length },
      });
    const { rows: _read, ...paging } = page;
    return { items, ...paging };
  });
}

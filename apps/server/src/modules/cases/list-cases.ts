import { type CaseSummary, type ListTotal, todayInVietNam, VERIFICATION_DAYS } from '@lantern/domain';
import { and, arrayContains, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { caseListScope } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { readCountedListPage } from '../../db/bounded-count';
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
    const where = and(await caseListScope(tx, ctx), ...filters);
    const newestFirst = [desc(cases.receivedOn), desc(cases.code)];
    const { rows, ...page } = await readCountedListPage(tx, cases, where, query, (limit, offset, total) =>
      tx
        .select({ kase: cases, person: persons, listTotal: total })
        .from(cases)
        .innerJoin(persons, eq(persons.id, cases.personId))
        // The page's cases are chosen before any person is joined. Joined first, the database opened the
        // person (and its row-level check) of every matching case to keep 50: 3,917 of them for a busy agency
        // at 1,000,000 persons.
        .where(
          inArray(
            cases.id,
            tx
              .select({ id: cases.id })
              .from(cases)
              .where(where)
              .orderBy(...newestFirst)
              .limit(limit)
              .offset(offset),
          ),
        )
        .orderBy(...newestFirst),
    );
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
    return { items, ...page };
  });
}

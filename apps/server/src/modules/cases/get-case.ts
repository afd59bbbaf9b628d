import type { CaseDetail } from '@lantern/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { caseScope, mayViewIdentity, reachTo } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, persons } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import { type CaseHolding, caseHoldings, coordinationRefFor } from '../coordination/record-holders';
import { toCaseDetail } from './case-view';
import { openIdentity } from './person-identity';

interface LinkedRow {
  case_id: string;
  code: string;
  province_code: string;
}

/** The person's other cases (merged duplicates), read with the case itself: a round trip less per case page. */
const linkedCasesColumn = sql<LinkedRow[] | string>`(select coalesce(json_agg(json_build_object(
    'case_id', l.case_id, 'code', l.code, 'province_code', l.province_code) order by l.n), '[]'::json)
  from lantern_linked_cases(${persons.id}) with ordinality as l(case_id, code, province_code, n))`;

/** Both drivers parse json columns; a driver that hands back text is read the same way. */
const parseLinked = (value: LinkedRow[] | string): LinkedRow[] =>
  typeof value === 'string' ? (JSON.parse(value) as LinkedRow[]) : value;

/**
 * One case as the actor may see it. Reading the identity writes an audit event in the same transaction:
 * no audit, no identity.
 */
export async function findCase(tx: Tx, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const [found] = await tx
    .select({ kase: cases, person: persons, linked: linkedCasesColumn })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(caseScope(ctx), eq(cases.id, id)));
  if (!found) throw notFound();
  const reach = await reachTo(tx, ctx, found.kase);
  const identity = mayViewIdentity(ctx, reach)
    ? openIdentity(ctx.secrets, found.person.id, found.person.identitySealed)
    : null;
  const linked = parseLinked(found.linked);
  const visible = new Set(
    linked.length === 0
      ? []
      : (
          await tx
            .select({ id: cases.id })
            .from(cases)
            .where(
              and(
                caseScope(ctx),
                inArray(
                  cases.id,
                  linked.map((row) => row.case_id),
                ),
              ),
            )
        ).map((row) => row.id),
  );
  const elsewhere = linked.map((row) => row.case_id).filter((caseId) => !visible.has(caseId));
  // Who holds the ones the reader cannot open, so they can ask to coordinate (as a search before create offers).
  const holdings =
    elsewhere.length > 0 && (can(ctx, 'case.create') || can(ctx, 'case.read'))
      ? await caseHoldings(tx, elsewhere)
      : new Map<string, CaseHolding>();
  const linkedCases = linked.map((row) => {
    const holding = holdings.get(row.case_id);
    const held = holding && holding.holderAgencyId !== ctx.actor?.agencyId ? holding : undefined;
    return {
      code: row.code,
      provinceCode: row.province_code,
      caseId: visible.has(row.case_id) ? row.case_id : null,
      holder: held?.holder ?? null,
      coordinationRef: held ? coordinationRefFor(ctx, row.case_id) : null,
    };
  });
  if (identity)
    await recordAudit(tx, ctx, {
      action: 'case.view_identity',
      resourceType: 'case',
      resourceId: id,
      details: { access: reach.access },
    });
  return toCaseDetail(found.kase, found.person, reach, ctx.actor?.agencyId, identity, linkedCases);
}

export async function getCase(ctx: RequestContext, id: string): Promise<CaseDetail> {
  authorize(ctx, 'case.read', 'case.create', 'case.read_province', 'case.break_glass');
  return ctx.transaction((tx) => findCase(tx, ctx, id));
}

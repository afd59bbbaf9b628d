import type { CaseDetail } from '@lantern/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { caseScope, mayViewIdentity, reachTo } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { cases, persons } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import { type CaseHolding, caseHoldings, coordinationRefFor } from '../coordination/record-holders';
import { toCaseDetail } from './case-view';
import { openIdentity } from './person-identity';

/**
 * One case as the actor may see it. Reading the identity writes an audit event in the same transaction:
 * no audit, no identity.
 */
export async function findCase(tx: Tx, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const [found] = await tx
    .select({ kase: cases, person: persons })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(caseScope(ctx), eq(cases.id, id)));
  if (!found) throw notFound();
  const reach = await reachTo(tx, ctx, found.kase);
  const identity = mayViewIdentity(ctx, reach)
    ? openIdentity(ctx.secrets, found.person.id, found.person.identitySealed)
    : null;
  const linked = await queryRows<{ case_id: string; code: string; province_code: string }>(
    tx,
    sql`select case_id, code, province_code from lantern_linked_cases(${found.person.id}::uuid)`,
  );
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
  // Last, just before commit: the audit chain's head stays locked from here to the end of the transaction.
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

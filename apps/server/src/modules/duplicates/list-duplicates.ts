import type { DuplicatePair, DuplicateSide } from '@lantern/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { duplicateCandidates } from '../../db/schema';
import type { Tx } from '../../db/types';
import { openIdentity } from '../cases/person-identity';

async function side(tx: Tx, ctx: RequestContext, personId: string): Promise<DuplicateSide> {
  const [row] = await queryRows<{
    owner: string | null;
    case_id: string | null;
    code: string | null;
    province: string | null;
  }>(
    tx,
    sql`select lantern_person_owner(${personId}::uuid) as owner, c.id as case_id, c.code, c.province_code as province
        from (select 1) one left join lateral lantern_person_case(${personId}::uuid) c on true`,
  );
  const ownAgency = row?.owner === ctx.actor?.agencyId;
  let identity: ReturnType<typeof openIdentity> | null = null;
  if (ownAgency) {
    const [person] = await queryRows<{ identity_sealed: string }>(
      tx,
      sql`select identity_sealed from persons where id = ${personId}`,
    );
    if (person) identity = openIdentity(ctx.secrets, personId, person.identity_sealed);
  }
  return {
    personId,
    caseId: ownAgency ? (row?.case_id ?? null) : null,
    caseCode: row?.code ?? null,
    provinceCode: row?.province ?? null,
    ownAgency,
    fullName: identity?.fullName ?? null,
    dateOfBirth: identity?.dateOfBirth ?? null,
    birthYear: identity?.birthYear ?? null,
    approximateAge: identity?.approximateAge ?? null,
  };
}

/** Pairs involving the supervisor's agency, probable first. Names appear only for their own agency's records. */
export async function listDuplicates(
  ctx: RequestContext,
  status: 'open' | 'merged' | 'dismissed' = 'open',
): Promise<DuplicatePair[]> {
  authorize(ctx, 'case.merge');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(duplicateCandidates)
      .where(and(eq(duplicateCandidates.status, status)))
      .orderBy(desc(duplicateCandidates.score))
      .limit(100);
    const views: DuplicatePair[] = [];
    for (const row of rows)
      views.push({
        id: row.id,
        score: row.score,
        band: row.band,
        reasons: row.reasons,
        status: row.status,
        foundAt: row.foundAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
        a: await side(tx, ctx, row.personA),
        b: await side(tx, ctx, row.personB),
      });
    const named = views.flatMap((view) => [view.a, view.b]).filter((s) => s.fullName !== null).length;
    if (named > 0)
      await recordAudit(tx, ctx, {
        action: 'duplicates.list_identity',
        resourceType: 'person',
        details: { records: named },
      });
    return views;
  });
}

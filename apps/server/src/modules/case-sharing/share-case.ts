import type { CaseShare } from '@lantern/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { caseEvents, caseShares, cases } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { consentAllowsSharing } from '../case-work/consent-sharing';
import { toShareView } from './share-view';

/** The actor's agency's own case, locked for the change; anything else is not found. */
export async function ownCase(tx: Tx, ctx: RequestContext, caseId: string) {
  const [row] = await tx
    .select({ id: cases.id, ownerAgencyId: cases.ownerAgencyId })
    .from(cases)
    .where(and(caseScope(ctx), eq(cases.id, caseId)));
  if (!row || row.ownerAgencyId !== ctx.actor?.agencyId) throw notFound();
  return row;
}

/**
 * Opens a case to another agency: only the owning agency, only within the person's sharing consent, and
 * the other agency then reads it like its own (identity with case.read_identity). Audited on both sides.
 */
export async function shareCase(
  ctx: RequestContext,
  caseId: string,
  input: { agencyId: string; purpose: string },
): Promise<CaseShare> {
  authorize(ctx, 'referral.create', 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownCase(tx, ctx, caseId);
    if (input.agencyId === actor.agencyId)
      throw new AppError(400, 'validation', {}, [{ field: 'agencyId', code: 'own_agency', message: '' }]);
    const [agency] = await queryRows<{
      id: string;
      name: string;
      disabled_at: string | null;
    }>(tx, sql`select id, name, disabled_at from agencies where id = ${input.agencyId}`);
    if (!agency || agency.disabled_at)
      throw new AppError(400, 'validation', {}, [{ field: 'agencyId', code: 'invalid_value', message: '' }]);
    if (!(await consentAllowsSharing(tx, caseId, { id: agency.id })))
      throw new AppError(409, 'case.share.no_consent');
    const [existing] = await tx
      .select({ id: caseShares.id })
      .from(caseShares)
      .where(
        and(eq(caseShares.caseId, caseId), eq(caseShares.agencyId, agency.id), isNull(caseShares.revokedAt)),
      );
    if (existing) throw new AppError(409, 'case.share.already_shared');
    const id = newId();
    await tx
      .insert(caseShares)
      .values({ id, caseId, agencyId: agency.id, purpose: input.purpose, grantedBy: actor.userId });
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId,
      actorUserId: actor.userId,
      kind: 'share.granted',
      details: { agencyId: agency.id, purpose: input.purpose },
    });
    await recordAudit(tx, ctx, {
      action: 'case.share',
      resourceType: 'case',
      resourceId: caseId,
      details: { agencyId: agency.id, purpose: input.purpose },
    });
    const [row] = await tx.select().from(caseShares).where(eq(caseShares.id, id));
    return toShareView(row as typeof caseShares.$inferSelect, agency.name);
  });
}

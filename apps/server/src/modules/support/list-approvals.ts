import type { ApprovalStatus, ApprovalView } from '@lantern/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { cases, supportApprovals, supportDeliveries } from '../../db/schema';
import { staffNames } from '../case-work/case-in-work';
import { toApprovalView } from './support-rows';

const PAGE = 100;

/**
 * The approvals of the supervisor's agency, waiting ones oldest first (the longest waiting on top), decided
 * ones newest first. Case codes, regimes and amounts only: reasons stay on the case's own support tab.
 */
export async function listApprovals(ctx: RequestContext, status: ApprovalStatus): Promise<ApprovalView[]> {
  authorize(ctx, 'support.approve');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({ approval: supportApprovals, caseCode: cases.code })
      .from(supportApprovals)
      .innerJoin(cases, eq(cases.id, supportApprovals.caseId))
      .where(
        and(
          eq(supportApprovals.agencyId, actor.agencyId),
          eq(supportApprovals.status, status),
          caseScope(ctx),
        ),
      )
      .orderBy(status === 'pending' ? supportApprovals.requestedAt : desc(supportApprovals.decidedAt))
      .limit(PAGE);
    const deliveryIds = rows.flatMap((r) => (r.approval.deliveryId ? [r.approval.deliveryId] : []));
    const deliveries = deliveryIds.length
      ? await tx
          .select({
            id: supportDeliveries.id,
            regime: supportDeliveries.regime,
            amountVnd: supportDeliveries.amountVnd,
          })
          .from(supportDeliveries)
          .where(inArray(supportDeliveries.id, deliveryIds))
      : [];
    const byId = new Map(deliveries.map((d) => [d.id, d]));
    const staff = await staffNames(
      tx,
      rows.flatMap((r) => [r.approval.requestedBy, r.approval.decidedBy]),
    );
    return rows.map(({ approval, caseCode }) => {
      const delivery = approval.deliveryId ? byId.get(approval.deliveryId) : undefined;
      const facts = { caseCode, regime: delivery?.regime ?? null, amountVnd: delivery?.amountVnd ?? null };
      return toApprovalView(ctx, approval, facts, staff, false);
    });
  });
}

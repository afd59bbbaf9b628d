import type { ApprovalView } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { supportApprovals, supportDeliveries, supportPlans } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, type CaseRow, ownedCase, staffNames } from '../case-work/case-in-work';
import { notifyAgency } from '../referrals/notify';
import { lockedDelivery } from './record-delivery';
import { type ApprovalRow, approvalReasonContext, toApprovalView } from './support-rows';

/** Asks the agency's supervisors to approve a delivery's money (a draft, or one rejected and fixed). */
export async function requestDeliveryApproval(
  ctx: RequestContext,
  caseId: string,
  deliveryId: string,
): Promise<ApprovalView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const delivery = await lockedDelivery(tx, caseId, deliveryId);
    if (delivery.status !== 'draft' && delivery.status !== 'rejected')
      throw new AppError(409, 'support.not_awaiting_request');
    await tx
      .update(supportDeliveries)
      .set({ status: 'pending', updatedAt: new Date() })
      .where(eq(supportDeliveries.id, delivery.id));
    const facts = { regime: delivery.regime, amountVnd: delivery.amountVnd };
    return openRequest(
      tx,
      ctx,
      kase,
      { kind: 'delivery', deliveryId: delivery.id, planId: null },
      facts,
      null,
    );
  });
}

/** Asks the agency's supervisors to approve closing a plan, with the reason it can end. */
export async function requestPlanClosure(
  ctx: RequestContext,
  caseId: string,
  planId: string,
  reason: string,
): Promise<ApprovalView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const [plan] = await tx
      .select()
      .from(supportPlans)
      .where(and(eq(supportPlans.id, planId), eq(supportPlans.caseId, caseId)))
      .for('update');
    if (!plan) throw new AppError(404, 'not_found');
    if (plan.status !== 'active') throw new AppError(409, 'support.not_awaiting_request');
    await tx
      .update(supportPlans)
      .set({ status: 'closure_requested', updatedAt: new Date() })
      .where(eq(supportPlans.id, plan.id));
    const facts = { regime: null, amountVnd: null };
    return openRequest(
      tx,
      ctx,
      kase,
      { kind: 'plan_closure', deliveryId: null, planId: plan.id },
      facts,
      reason,
    );
  });
}

async function openRequest(
  tx: Tx,
  ctx: RequestContext,
  kase: CaseRow,
  subject: Pick<ApprovalRow, 'kind' | 'deliveryId' | 'planId'>,
  facts: { regime: string | null; amountVnd: number | null },
  reason: string | null,
): Promise<ApprovalView> {
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const id = newId();
  const row: ApprovalRow = {
    id,
    caseId: kase.id,
    agencyId: kase.ownerAgencyId,
    ...subject,
    status: 'pending',
    requestedBy: actor.userId,
    requestedAt: new Date(),
    decidedBy: null,
    decidedAt: null,
    reasonSealed: reason ? ctx.secrets.seal(reason, approvalReasonContext(id)) : null,
  };
  await tx.insert(supportApprovals).values(row);
  await addCaseEvent(tx, ctx, kase.id, 'support.approval_requested', { approval: id, kind: row.kind });
  await recordAudit(tx, ctx, {
    action: 'support.approval_request',
    resourceType: 'case',
    resourceId: kase.id,
    details: {
      approval: id,
      kind: row.kind,
      delivery: row.deliveryId,
      plan: row.planId,
      amountVnd: facts.amountVnd,
    },
  });
  // Codes and amounts only: nothing about the person reaches a notification.
  await notifyAgency(
    tx,
    kase.ownerAgencyId,
    'support.approve',
    'support_approval_requested',
    {
      approvalId: id,
      caseId: kase.id,
      caseCode: kase.code,
      approvalKind: row.kind,
      amountVnd: facts.amountVnd,
    },
    actor.userId,
  );
  const staff = await staffNames(tx, [actor.userId]);
  return toApprovalView(ctx, row, { caseCode: kase.code, ...facts }, staff, true);
}

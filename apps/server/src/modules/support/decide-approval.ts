import type { ApprovalView } from '@lantern/domain';
import { todayInVietNam } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, supportApprovals, supportDeliveries, supportPlans } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent, staffNames } from '../case-work/case-in-work';
import { notifyUsers } from '../referrals/notify';
import { type ApprovalRow, approvalReasonContext, toApprovalView } from './support-rows';

export type Decision = 'approved' | 'rejected';

/**
 * A supervisor's answer to a request (two-person rule): never on their own request (403
 * `support.own_request`), only once (409 `support.already_decided`), only in their own agency (else not
 * found). Approval locks the money (the database refuses any later change of the delivery) or closes the plan;
 * rejection, with its reason, sends the entry back to the case worker. The requester is told in-app.
 */
export async function decideApproval(
  ctx: RequestContext,
  approvalId: string,
  decision: Decision,
  reason: string | undefined,
): Promise<ApprovalView> {
  authorize(ctx, 'support.approve');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const found = await approvalInMyAgency(tx, ctx, approvalId);
    const { approval, caseCode } = found;
    if (approval.requestedBy === actor.userId) throw new AppError(403, 'support.own_request');
    if (approval.status !== 'pending') throw new AppError(409, 'support.already_decided');
    const decidedAt = new Date();
    const reasonSealed = reason
      ? ctx.secrets.seal(reason, approvalReasonContext(approval.id))
      : approval.reasonSealed;
    // Decided once: a second supervisor answering at the same moment finds it no longer pending.
    const answered = await tx
      .update(supportApprovals)
      .set({ status: decision, decidedBy: actor.userId, decidedAt, reasonSealed })
      .where(and(eq(supportApprovals.id, approval.id), eq(supportApprovals.status, 'pending')))
      .returning({ id: supportApprovals.id });
    if (answered.length === 0) throw new AppError(409, 'support.already_decided');
    const facts = await applyDecision(tx, approval, decision);
    await addCaseEvent(tx, ctx, approval.caseId, `support.${decision}`, {
      approval: approval.id,
      kind: approval.kind,
    });
    await recordAudit(tx, ctx, {
      action: decision === 'approved' ? 'support.approve' : 'support.reject',
      resourceType: 'case',
      resourceId: approval.caseId,
      details: { approval: approval.id, kind: approval.kind, amountVnd: facts.amountVnd },
    });
    await notifyUsers(tx, [approval.requestedBy], 'support_approval_decided', {
      approvalId: approval.id,
      caseId: approval.caseId,
      caseCode,
      approvalKind: approval.kind,
      decision,
    });
    const decided: ApprovalRow = {
      ...approval,
      status: decision,
      decidedBy: actor.userId,
      decidedAt,
      reasonSealed,
    };
    const staff = await staffNames(tx, [approval.requestedBy, actor.userId]);
    return toApprovalView(ctx, decided, { caseCode, ...facts }, staff, true);
  });
}

/**
 * The request, if it belongs to a case of the decider's agency that they may see; otherwise not found. Read
 * without a lock: row-level security hides one's own request from a locking read, and it must answer 403.
 */
async function approvalInMyAgency(tx: Tx, ctx: RequestContext, approvalId: string) {
  const [found] = await tx
    .select({ approval: supportApprovals, caseCode: cases.code })
    .from(supportApprovals)
    .innerJoin(cases, eq(cases.id, supportApprovals.caseId))
    .where(and(eq(supportApprovals.id, approvalId), caseScope(ctx)));
  if (!found || found.approval.agencyId !== ctx.actor?.agencyId) throw notFound();
  return found;
}

async function applyDecision(tx: Tx, approval: ApprovalRow, decision: Decision) {
  const now = new Date();
  if (approval.kind === 'delivery' && approval.deliveryId) {
    const [delivery] = await tx
      .update(supportDeliveries)
      .set({ status: decision, updatedAt: now })
      .where(eq(supportDeliveries.id, approval.deliveryId))
      .returning({ regime: supportDeliveries.regime, amountVnd: supportDeliveries.amountVnd });
    return { regime: delivery?.regime ?? null, amountVnd: delivery?.amountVnd ?? null };
  }
  if (approval.planId)
    await tx
      .update(supportPlans)
      .set(
        decision === 'approved'
          ? { status: 'closed', actualEndOn: todayInVietNam(), updatedAt: now }
          : { status: 'active', updatedAt: now },
      )
      .where(eq(supportPlans.id, approval.planId));
  return { regime: null, amountVnd: null };
}

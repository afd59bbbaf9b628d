import { type CaseSupport, entitledRegimes, scheduleOn, todayInVietNam } from '@lantern/domain';
import { asc, desc, eq } from 'drizzle-orm';
import { supportResponsibility } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import {
  type cases,
  supportApprovals,
  supportDeliveries,
  supportDeliveryEvidence,
  supportPlans,
} from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { caseWithAccess, isWorkingAccess, staffNames } from '../case-work/case-in-work';
import { ratesOn } from './rates-on';
import { referredView } from './referred-view';
import {
  agencyNames,
  correctionsApplied,
  toApprovalView,
  toDeliveryView,
  toPlanView,
  toRateView,
} from './support-rows';

/**
 * The case's support at a glance: the regimes the person is entitled to today (from the case's subject
 * category and the schedule in force), what was delivered under each, the plans, deliveries and approvals.
 * Objectives, notes and reasons name people: opened only with identity access, and that reading is audited.
 * An agency reaching the case through a referral sees only the plan items it is responsible for (referredView).
 */
export async function caseSupport(ctx: RequestContext, caseId: string): Promise<CaseSupport> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { row: kase, identity, reach } = await caseWithAccess(tx, ctx, caseId);
    const agencyId = ctx.actor?.agencyId ?? '';
    const responsibility =
      reach.access === 'referral' ? await supportResponsibility(tx, caseId, agencyId) : null;
    if (!responsibility && !isWorkingAccess(reach)) throw new AppError(403, 'forbidden');
    const whole = await readCaseSupport(tx, ctx, kase, identity);
    const view = responsibility ? referredView(whole, responsibility, agencyId) : whole;
    const opened =
      view.plans.length +
      view.deliveries.filter((d) => d.note !== null).length +
      view.approvals.filter((a) => a.reason !== null).length;
    if (identity && opened > 0)
      await recordAudit(tx, ctx, {
        action: 'support.view',
        resourceType: 'case',
        resourceId: caseId,
        details: { plans: view.plans.length, deliveries: view.deliveries.length },
      });
    return view;
  });
}

export async function readCaseSupport(
  tx: Tx,
  ctx: RequestContext,
  kase: typeof cases.$inferSelect,
  identity: boolean,
): Promise<CaseSupport> {
  const today = todayInVietNam();
  const [plans, deliveries, approvals, rates, evidence] = [
    await tx
      .select()
      .from(supportPlans)
      .where(eq(supportPlans.caseId, kase.id))
      .orderBy(desc(supportPlans.startOn)),
    await tx
      .select()
      .from(supportDeliveries)
      .where(eq(supportDeliveries.caseId, kase.id))
      .orderBy(desc(supportDeliveries.deliveredOn), desc(supportDeliveries.createdAt)),
    await tx
      .select()
      .from(supportApprovals)
      .where(eq(supportApprovals.caseId, kase.id))
      .orderBy(asc(supportApprovals.requestedAt)),
    await ratesOn(tx, today),
    await tx
      .select({
        deliveryId: supportDeliveryEvidence.deliveryId,
        attachmentId: supportDeliveryEvidence.attachmentId,
      })
      .from(supportDeliveryEvidence)
      .where(eq(supportDeliveryEvidence.caseId, kase.id))
      .orderBy(asc(supportDeliveryEvidence.linkedAt)),
  ];
  const evidenceOf = new Map<string, string[]>();
  for (const link of evidence)
    evidenceOf.set(link.deliveryId, [...(evidenceOf.get(link.deliveryId) ?? []), link.attachmentId]);
  const staff = await staffNames(tx, [
    ...plans.map((p) => p.createdBy),
    ...deliveries.map((d) => d.recordedBy),
    ...approvals.flatMap((a) => [a.requestedBy, a.decidedBy]),
  ]);
  const agenciesById = await agencyNames(tx, [
    ...deliveries.map((d) => d.agencyId),
    ...plans.flatMap((p) => p.services.map((s) => s.agencyId)),
  ]);
  const { counted, replacedBy } = correctionsApplied(deliveries);
  const deliveryById = new Map(deliveries.map((d) => [d.id, d]));
  const entitlements = entitledRegimes(kase.subjectCategory, today).map((entitlement) => {
    const mine = counted.filter((d) => d.regime === entitlement.regime);
    const rate = rates.get(entitlement.regime);
    return {
      ...entitlement,
      rate: rate ? toRateView(rate) : null,
      deliveredVnd: mine.reduce((sum, d) => sum + (d.amountVnd ?? 0), 0),
      deliveredCount: mine.length,
    };
  });
  return {
    subjectCategory: kase.subjectCategory,
    today,
    legalSource: scheduleOn(today)?.source ?? null,
    entitlements,
    plans: plans.map((row) => toPlanView(ctx, row, staff, agenciesById, identity)),
    deliveries: deliveries.map((row) =>
      toDeliveryView(
        ctx,
        row,
        staff,
        agenciesById,
        identity,
        replacedBy.get(row.id) ?? null,
        evidenceOf.get(row.id),
      ),
    ),
    approvals: approvals.map((row) => {
      const delivery = row.deliveryId ? deliveryById.get(row.deliveryId) : undefined;
      const facts = {
        caseCode: kase.code,
        regime: delivery?.regime ?? null,
        amountVnd: delivery?.amountVnd ?? null,
      };
      return toApprovalView(ctx, row, facts, staff, identity);
    }),
  };
}

import type { SupportPlanView } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { supportPlans } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { addCaseEvent, ownedCase, staffNames } from '../case-work/case-in-work';
import { FieldProblems } from './support-checks';
import { agencyNames, planObjectivesContext, toPlanView } from './support-rows';

export interface UpdatePlanInput {
  objectives?: string | undefined;
  plannedEndOn?: string | null | undefined;
  reviewOn?: string | null | undefined;
}

/**
 * A plan's review: new objectives, a moved planned end or the next review day. Only while the plan is in
 * progress; a plan waiting for its closure or closed is settled (409).
 */
export async function updatePlan(
  ctx: RequestContext,
  caseId: string,
  planId: string,
  input: UpdatePlanInput,
): Promise<SupportPlanView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const [plan] = await tx
      .select()
      .from(supportPlans)
      .where(and(eq(supportPlans.id, planId), eq(supportPlans.caseId, caseId)))
      .for('update');
    if (!plan) throw new AppError(404, 'not_found');
    if (plan.status !== 'active') throw new AppError(409, 'support.plan_settled');
    const problems = new FieldProblems();
    if (input.plannedEndOn && input.plannedEndOn < plan.startOn) problems.add('plannedEndOn', 'before_start');
    if (input.reviewOn && input.reviewOn < plan.startOn) problems.add('reviewOn', 'before_start');
    problems.throwIfAny();
    const changed = {
      ...(input.objectives !== undefined
        ? { objectivesSealed: ctx.secrets.seal(input.objectives, planObjectivesContext(plan.id)) }
        : {}),
      ...(input.plannedEndOn !== undefined ? { plannedEndOn: input.plannedEndOn } : {}),
      ...(input.reviewOn !== undefined ? { reviewOn: input.reviewOn } : {}),
      updatedAt: new Date(),
    };
    await tx.update(supportPlans).set(changed).where(eq(supportPlans.id, plan.id));
    const fields = Object.keys(input)
      .filter((key) => input[key as keyof UpdatePlanInput] !== undefined)
      .join(',');
    await addCaseEvent(tx, ctx, caseId, 'support.plan_updated', { plan: plan.id, fields });
    await recordAudit(tx, ctx, {
      action: 'support.plan_update',
      resourceType: 'case',
      resourceId: caseId,
      details: { plan: plan.id, fields },
    });
    const updated = { ...plan, ...changed };
    const staff = await staffNames(tx, [plan.createdBy]);
    const names = await agencyNames(
      tx,
      plan.services.map((service) => service.agencyId),
    );
    return toPlanView(ctx, updated, staff, names, true);
  });
}

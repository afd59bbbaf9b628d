import type { CreateSupportPlanInput, SupportPlanView } from '@lantern/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, type PlannedService, referrals, supportPlans } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase, staffNames } from '../case-work/case-in-work';
import { FieldProblems } from './support-checks';
import {
  agencyNames,
  type PlanRow,
  plannedServiceContext,
  planObjectivesContext,
  toPlanView,
} from './support-rows';

type PlanInput = Required<Pick<CreateSupportPlanInput, 'services'>> & CreateSupportPlanInput;

/**
 * Opens a support plan on a case (HTCDS support-plan type, objectives, planned services by regime with the
 * responsible agency and, often, the referral that asked it). The owning agency's case workers plan support.
 */
export async function createPlan(
  ctx: RequestContext,
  caseId: string,
  input: PlanInput,
): Promise<SupportPlanView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const problems = new FieldProblems().planType('planType', input.planType);
    for (const [index, service] of input.services.entries())
      problems.regime(`services.${index}.regime`, service.regime);
    if (input.plannedEndOn && input.plannedEndOn < input.startOn)
      problems.add('plannedEndOn', 'before_start');
    if (input.reviewOn && input.reviewOn < input.startOn) problems.add('reviewOn', 'before_start');
    await checkServiceLinks(tx, caseId, input.services, problems);
    problems.throwIfAny();
    const id = newId();
    const services: PlannedService[] = input.services.map((service, index) => ({
      regime: service.regime,
      agencyId: service.agencyId ?? null,
      referralId: service.referralId ?? null,
      noteSealed: service.note ? ctx.secrets.seal(service.note, plannedServiceContext(id, index)) : null,
    }));
    const now = new Date();
    const row: PlanRow = {
      id,
      caseId,
      planType: input.planType,
      objectivesSealed: ctx.secrets.seal(input.objectives, planObjectivesContext(id)),
      services,
      startOn: input.startOn,
      plannedEndOn: input.plannedEndOn ?? null,
      reviewOn: input.reviewOn ?? null,
      actualEndOn: null,
      status: 'active',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(supportPlans).values(row);
    await addCaseEvent(tx, ctx, caseId, 'support.plan_created', { plan: id, planType: input.planType });
    await recordAudit(tx, ctx, {
      action: 'support.plan_create',
      resourceType: 'case',
      resourceId: kase.id,
      details: { plan: id, planType: input.planType, services: services.length },
    });
    const staff = await staffNames(tx, [actor.userId]);
    const names = await agencyNames(
      tx,
      services.map((s) => s.agencyId),
    );
    return toPlanView(ctx, row, staff, names, true);
  });
}

/** A planned service names an agency that exists and, when it says so, a referral of this very case. */
async function checkServiceLinks(
  tx: Tx,
  caseId: string,
  services: PlanInput['services'],
  problems: FieldProblems,
): Promise<void> {
  const agencyIds = services.flatMap((s) => (s.agencyId ? [s.agencyId] : []));
  const referralIds = services.flatMap((s) => (s.referralId ? [s.referralId] : []));
  const foundAgencies = new Set(
    agencyIds.length
      ? (await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds))).map(
          (r) => r.id,
        )
      : [],
  );
  const foundReferrals = new Set(
    referralIds.length
      ? (
          await tx
            .select({ id: referrals.id })
            .from(referrals)
            .where(and(eq(referrals.caseId, caseId), inArray(referrals.id, referralIds)))
        ).map((r) => r.id)
      : [],
  );
  services.forEach((service, index) => {
    if (service.agencyId && !foundAgencies.has(service.agencyId))
      problems.add(`services.${index}.agencyId`, 'invalid_value');
    if (service.referralId && !foundReferrals.has(service.referralId))
      problems.add(`services.${index}.referralId`, 'invalid_value');
  });
}

import { type AddPlanItemInput, type PlanItemView, reintegrationSupportDomain } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reintegrationPlanItems } from '../../db/schema';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { agencyNames } from '../support/support-rows';
import { PlanProblems } from './plan-checks';
import { outcomeNoteContext, type PlanItemRow, toPlanItemView } from './plan-rows';

/**
 * Adds one item to the case's reintegration plan: economic, social or psychosocial support, the agency that
 * gives it and the day it should be done by. Every field is checked before anything is written; the item, its
 * timeline line and the audit event share one transaction.
 */
export async function addPlanItem(
  ctx: RequestContext,
  caseId: string,
  input: AddPlanItemInput,
): Promise<PlanItemView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const problems = new PlanProblems()
      .code('supportType', 'vn-reintegration-support', input.supportType)
      .targetOn(input.targetOn, kase.receivedOn);
    await problems.agency(tx, input.agencyId);
    problems.throwIfAny();
    const id = newId();
    const note = input.outcomeNote?.trim();
    const now = new Date();
    const row: PlanItemRow = {
      id,
      caseId,
      domain: reintegrationSupportDomain[input.supportType] as string,
      supportType: input.supportType,
      agencyId: input.agencyId,
      targetOn: input.targetOn,
      status: input.status ?? 'planned',
      outcomeNoteSealed: note ? ctx.secrets.seal(note, outcomeNoteContext(id)) : null,
      createdBy: actor.userId,
      createdAt: now,
      updatedBy: actor.userId,
      updatedAt: now,
    };
    await tx.insert(reintegrationPlanItems).values(row);
    await addCaseEvent(tx, ctx, caseId, 'reintegration.plan_item_added', {
      item: id,
      supportType: row.supportType,
      status: row.status,
    });
    await recordAudit(tx, ctx, {
      action: 'reintegration.plan_item_add',
      resourceType: 'case',
      resourceId: caseId,
      details: { item: id, supportType: row.supportType, agency: row.agencyId },
    });
    return toPlanItemView(ctx, row, await agencyNames(tx, [row.agencyId]), true);
  });
}

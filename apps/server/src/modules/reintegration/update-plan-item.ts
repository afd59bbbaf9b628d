import type { PlanItemView, UpdatePlanItemInput } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reintegrationPlanItems } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { agencyNames } from '../support/support-rows';
import { PlanProblems } from './plan-checks';
import { outcomeNoteContext, type PlanItemRow, toPlanItemView } from './plan-rows';

const settled = new Set(['done', 'dropped']);

/**
 * Moves a plan item on: its status, target day, responsible agency or outcome note. A done or dropped item keeps
 * its status (409; a new need is a new item), but its outcome note may still be written, since that is often
 * written once the support is over.
 */
export async function updatePlanItem(
  ctx: RequestContext,
  caseId: string,
  itemId: string,
  input: UpdatePlanItemInput,
): Promise<PlanItemView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const [item] = await tx
      .select()
      .from(reintegrationPlanItems)
      .where(and(eq(reintegrationPlanItems.id, itemId), eq(reintegrationPlanItems.caseId, caseId)))
      .for('update');
    if (!item) throw notFound();
    const moves =
      (input.status !== undefined && input.status !== item.status) ||
      input.targetOn !== undefined ||
      input.agencyId !== undefined;
    if (settled.has(item.status) && moves) throw new AppError(409, 'reintegration.plan_item_settled');
    const problems = new PlanProblems().targetOn(input.targetOn, kase.receivedOn);
    await problems.agency(tx, input.agencyId);
    problems.throwIfAny();
    const note = input.outcomeNote === undefined ? undefined : input.outcomeNote?.trim() || null;
    const changed: Partial<PlanItemRow> = {
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.targetOn !== undefined ? { targetOn: input.targetOn } : {}),
      ...(input.agencyId !== undefined ? { agencyId: input.agencyId } : {}),
      ...(note !== undefined
        ? { outcomeNoteSealed: note ? ctx.secrets.seal(note, outcomeNoteContext(item.id)) : null }
        : {}),
      updatedBy: actor.userId,
      updatedAt: new Date(),
    };
    await tx.update(reintegrationPlanItems).set(changed).where(eq(reintegrationPlanItems.id, item.id));
    const fields = (['status', 'targetOn', 'agencyId', 'outcomeNote'] as const)
      .filter((key) => input[key] !== undefined)
      .join(',');
    await addCaseEvent(tx, ctx, caseId, 'reintegration.plan_item_updated', {
      item: item.id,
      supportType: item.supportType,
      status: changed.status ?? item.status,
      fields,
    });
    await recordAudit(tx, ctx, {
      action: 'reintegration.plan_item_update',
      resourceType: 'case',
      resourceId: caseId,
      details: { item: item.id, fields, status: changed.status ?? item.status },
    });
    const updated = { ...item, ...changed };
    return toPlanItemView(ctx, updated, await agencyNames(tx, [updated.agencyId]), true);
  });
}

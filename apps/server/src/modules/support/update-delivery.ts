import type { DeliveryView } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { supportDeliveries, supportDeliveryEvidence } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { addCaseEvent, ownedCase, staffNames } from '../case-work/case-in-work';
import { rateOn } from './rates-on';
import { lockedDelivery } from './record-delivery';
import { checkAmount, checkDeliveredOn, FieldProblems } from './support-checks';
import { agencyNames, deliveryNoteContext, toDeliveryView } from './support-rows';

export interface UpdateDeliveryInput {
  deliveredOn?: string | undefined;
  quantity?: number | undefined;
  amountVnd?: number | undefined;
  note?: string | undefined;
}

/**
 * Fixes a delivery before its money is decided: a draft, a rejected entry (which becomes a draft again) or a
 * service without money. Money waiting for a decision or approved is locked (409): a correction is a new entry.
 */
export async function updateDelivery(
  ctx: RequestContext,
  caseId: string,
  deliveryId: string,
  input: UpdateDeliveryInput,
): Promise<DeliveryView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const row = await lockedDelivery(tx, caseId, deliveryId);
    if (row.status === 'pending' || row.status === 'approved')
      throw new AppError(409, 'support.delivery_locked');
    const next = {
      deliveredOn: input.deliveredOn ?? row.deliveredOn,
      quantity: input.quantity ?? row.quantity,
      amountVnd: input.amountVnd ?? row.amountVnd,
    };
    const problems = new FieldProblems();
    if (row.status === 'recorded' && input.amountVnd !== undefined) problems.add('amountVnd', 'unrecognized');
    checkDeliveredOn(problems, next.deliveredOn, kase.receivedOn);
    checkAmount(problems, next.amountVnd, (await rateOn(tx, row.regime, next.deliveredOn))?.ceilingVnd);
    problems.throwIfAny();
    const changed = {
      ...next,
      noteSealed:
        input.note !== undefined ? ctx.secrets.seal(input.note, deliveryNoteContext(row.id)) : row.noteSealed,
      status: row.status === 'rejected' ? ('draft' as const) : row.status,
      updatedAt: new Date(),
    };
    await tx.update(supportDeliveries).set(changed).where(eq(supportDeliveries.id, row.id));
    const fields = Object.keys(input).filter((key) => input[key as keyof UpdateDeliveryInput] !== undefined);
    await addCaseEvent(tx, ctx, caseId, 'support.delivery_updated', {
      delivery: row.id,
      fields: fields.join(','),
    });
    await recordAudit(tx, ctx, {
      action: 'support.delivery_update',
      resourceType: 'case',
      resourceId: caseId,
      details: { delivery: row.id, fields: fields.join(','), amountVnd: changed.amountVnd },
    });
    const updated = { ...row, ...changed };
    const staff = await staffNames(tx, [row.recordedBy]);
    const evidence = await tx
      .select({ id: supportDeliveryEvidence.attachmentId })
      .from(supportDeliveryEvidence)
      .where(eq(supportDeliveryEvidence.deliveryId, row.id));
    const names = await agencyNames(tx, [row.agencyId]);
    return toDeliveryView(
      ctx,
      updated,
      staff,
      names,
      true,
      null,
      evidence.map((e) => e.id),
    );
  });
}

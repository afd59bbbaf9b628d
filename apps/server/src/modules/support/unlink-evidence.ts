import type { EvidenceLinkView } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { supportDeliveryEvidence } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { lockedDelivery } from './record-delivery';

/**
 * Takes a document off a delivery's evidence (linked by mistake). Evidence is locked with the money: once the
 * amount waits for a decision or is approved, what the supervisor saw stays (409), like the amount itself; the
 * database refuses it too. The attachment itself stays on the case.
 */
export async function unlinkEvidence(
  ctx: RequestContext,
  caseId: string,
  deliveryId: string,
  attachmentId: string,
): Promise<EvidenceLinkView> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const delivery = await lockedDelivery(tx, caseId, deliveryId);
    if (delivery.status === 'pending' || delivery.status === 'approved')
      throw new AppError(409, 'support.evidence_locked');
    const removed = await tx
      .delete(supportDeliveryEvidence)
      .where(
        and(
          eq(supportDeliveryEvidence.deliveryId, deliveryId),
          eq(supportDeliveryEvidence.attachmentId, attachmentId),
        ),
      )
      .returning({ deliveryId: supportDeliveryEvidence.deliveryId });
    if (removed.length === 0) throw new AppError(404, 'not_found');
    const details = { delivery: deliveryId, attachment: attachmentId };
    await addCaseEvent(tx, ctx, caseId, 'support.evidence_unlinked', details);
    await recordAudit(tx, ctx, {
      action: 'support.evidence_unlink',
      resourceType: 'case',
      resourceId: caseId,
      details,
    });
    return { deliveryId, attachmentId };
  });
}

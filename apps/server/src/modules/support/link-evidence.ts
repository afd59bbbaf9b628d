import type { EvidenceLinkView } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseAttachments, supportDeliveryEvidence } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { lockedDelivery } from './record-delivery';
import { FieldProblems } from './support-checks';

/**
 * Links a document already on the case (uploaded through the case's one attachment path) to a delivery as its
 * evidence: a receipt, a signed acknowledgement. A late receipt may be added to approved money; see
 * unlink-evidence for why evidence once under approval stays.
 */
export async function linkEvidence(
  ctx: RequestContext,
  caseId: string,
  deliveryId: string,
  attachmentId: string,
): Promise<EvidenceLinkView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    await lockedDelivery(tx, caseId, deliveryId);
    const [attachment] = await tx
      .select({ id: caseAttachments.id })
      .from(caseAttachments)
      .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)));
    if (!attachment) new FieldProblems().add('attachmentId', 'invalid_value').throwIfAny();
    const inserted = await tx
      .insert(supportDeliveryEvidence)
      .values({ deliveryId, attachmentId, caseId, linkedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ deliveryId: supportDeliveryEvidence.deliveryId });
    if (inserted.length === 0) throw new AppError(409, 'support.evidence_linked');
    const details = { delivery: deliveryId, attachment: attachmentId };
    await addCaseEvent(tx, ctx, caseId, 'support.evidence_linked', details);
    await recordAudit(tx, ctx, {
      action: 'support.evidence_link',
      resourceType: 'case',
      resourceId: caseId,
      details,
    });
    return { deliveryId, attachmentId };
  });
}

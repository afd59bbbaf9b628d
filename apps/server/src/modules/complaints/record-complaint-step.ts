import { type ComplaintDetail, type ComplaintStepInput, statusAfterStep } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { complaintActions, complaints } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { handledComplaint, invalidField, sealFor } from './complaint-rows';
import { readComplaint } from './get-complaint';

/**
 * The officer records what was done: a note, taking the complaint into review, the response the complainant
 * will read with their code, closure, or reopening after an unsatisfied complainant came back. An unassigned
 * complaint is taken by the officer who acts on it (never by the agency concerned: a CHECK forbids it).
 */
export async function recordComplaintStep(
  ctx: RequestContext,
  id: string,
  input: ComplaintStepInput,
): Promise<ComplaintDetail> {
  authorize(ctx, 'complaint.handle');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const note = input.note ?? null;
  if (!note && (input.step === 'note' || input.step === 'respond'))
    throw invalidField('note', input.step === 'respond' ? 'complaint_response_required' : 'required');
  return ctx.transaction(async (tx) => {
    const { complaint } = await handledComplaint(tx, id);
    const next = statusAfterStep(complaint.status, input.step);
    if (!next) throw new AppError(409, 'complaint.invalid_step');
    const now = new Date();
    await tx
      .update(complaints)
      .set({
        status: next,
        handlingAgencyId: actor.agencyId,
        officerId: complaint.officerId ?? actor.userId,
        updatedAt: now,
        ...(input.step === 'respond' && note
          ? { responseSealed: ctx.secrets.seal(note, sealFor.response(id)), respondedAt: now }
          : {}),
        ...(input.step === 'close' ? { closedAt: now } : {}),
        ...(input.step === 'reopen' ? { closedAt: null } : {}),
      })
      .where(eq(complaints.id, id));
    const actionId = newId();
    await tx.insert(complaintActions).values({
      id: actionId,
      complaintId: id,
      step: input.step,
      noteSealed: note ? ctx.secrets.seal(note, sealFor.note(actionId)) : null,
      actedBy: actor.userId,
      actedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'complaint.step',
      resourceType: 'complaint',
      resourceId: id,
      details: { step: input.step, from: complaint.status, to: next },
    });
    return readComplaint(tx, ctx, id);
  });
}

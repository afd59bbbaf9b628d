import type { ComplaintDetail, ComplaintStep } from '@lantern/domain';
import { asc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { complaintActions, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { handledComplaint, sealFor, toComplaintSummary } from './complaint-rows';

/** One complaint the actor's agency handles, opened: description, contact, response and the actions taken. */
export async function readComplaint(tx: Tx, ctx: RequestContext, id: string): Promise<ComplaintDetail> {
  const row = await handledComplaint(tx, id);
  const { complaint } = row;
  const actions = await tx
    .select({ action: complaintActions, by: users.displayName })
    .from(complaintActions)
    .innerJoin(users, eq(users.id, complaintActions.actedBy))
    .where(eq(complaintActions.complaintId, id))
    .orderBy(asc(complaintActions.actedAt), asc(complaintActions.id));
  const open = (sealed: string | null, context: string) =>
    sealed ? ctx.secrets.open(sealed, context) : null;
  return {
    ...toComplaintSummary(row),
    description: ctx.secrets.open(complaint.descriptionSealed, sealFor.description(id)),
    contact: open(complaint.contactSealed, sealFor.contact(id)),
    response: open(complaint.responseSealed, sealFor.response(id)),
    respondedAt: complaint.respondedAt?.toISOString() ?? null,
    closedAt: complaint.closedAt?.toISOString() ?? null,
    actions: actions.map(({ action, by }) => ({
      step: action.step as ComplaintStep,
      note: open(action.noteSealed, sealFor.note(action.id)),
      at: action.actedAt.toISOString(),
      by,
    })),
  };
}

/** The officer opens a complaint; reading what the complainant wrote is audited. */
export async function getComplaint(ctx: RequestContext, id: string): Promise<ComplaintDetail> {
  authorize(ctx, 'complaint.handle');
  return ctx.transaction(async (tx) => {
    const detail = await readComplaint(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'complaint.view', resourceType: 'complaint', resourceId: id });
    return detail;
  });
}

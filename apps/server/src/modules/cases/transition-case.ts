import {
  type CaseDetail,
  type CaseState,
  checkTransition,
  type TransitionRequest,
  todayInVietNam,
  traffickingStatusFor,
} from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseEvents, cases } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { findCase } from './get-case';

/** Moves a case through its lifecycle; anything the state machine refuses is a clear 409 with the reason. */
export async function transitionCase(
  ctx: RequestContext,
  id: string,
  input: TransitionRequest,
): Promise<CaseDetail> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(caseScope(ctx), eq(cases.id, id)))
      .for('update');
    if (!row || row.ownerAgencyId !== actor.agencyId) throw notFound();
    const state = row.state as CaseState;
    const result = checkTransition(
      state,
      input.action,
      {
        ...(input.decision ? { decision: input.decision } : {}),
        ...(input.closureReason ? { closureReason: input.closureReason } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
      { closedFrom: row.closedFrom as CaseState | null, today: todayInVietNam() },
    );
    if (!result.ok)
      throw new AppError(409, `case.transition.${result.problem}`, { action: input.action, state });
    const decided = input.action === 'identify' || input.action === 'record_not_victim';
    await tx
      .update(cases)
      .set({
        state: result.to,
        stateChangedAt: new Date(),
        traffickingStatus: traffickingStatusFor(result.to, row.traffickingStatus),
        ...(decided && input.decision
          ? {
              statusDecidedBy: input.decision.decidedBy,
              statusDecidedOn: input.decision.decidedOn,
              statusLegalBasis: input.decision.legalBasis,
            }
          : {}),
        ...(input.action === 'close'
          ? { closedFrom: state, closureReason: input.closureReason ?? null }
          : {}),
        ...(input.action === 'reopen' ? { closedFrom: null, closureReason: null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(cases.id, id));
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId: id,
      actorUserId: actor.userId,
      kind: `transition.${input.action}`,
      // The reason is the user's own words and may name people: kept sealed, shown only on the case.
      details: {
        from: state,
        to: result.to,
        closureReason: input.closureReason ?? null,
        reasonSealed: input.reason ? ctx.secrets.seal(input.reason, `case:${id}:event-reason`) : null,
      },
    });
    await recordAudit(tx, ctx, {
      action: `case.${input.action}`,
      resourceType: 'case',
      resourceId: id,
      details: { from: state, to: result.to },
    });
    return findCase(tx, ctx, id);
  });
}

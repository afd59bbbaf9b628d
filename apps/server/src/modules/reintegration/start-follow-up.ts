import { followUpMonths, followUpSchedule, type ReintegrationView, todayInVietNam } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reintegrationVisits } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase } from '../case-work/case-in-work';
import { enterReintegration, movesCaseState } from './enter-reintegration';
import { readReintegration, suggestedReference } from './reintegration-view';

/**
 * Starts the follow-up of a case: the visits at 1, 3, 6 and 12 months after the reference day. The case
 * worker starts it (rather than registration doing so) because the clock runs from the person's return
 * home, which is often not known, or not yet happened, when a case is registered at a border post.
 * A case receiving support moves into its reintegration state with it (enter-reintegration.ts).
 */
export async function startFollowUp(
  ctx: RequestContext,
  caseId: string,
  input: { referenceOn?: string | undefined },
): Promise<ReintegrationView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const row = await ownedCase(tx, ctx, caseId, { lock: movesCaseState(ctx) });
    const referenceOn = input.referenceOn ?? suggestedReference(row).on;
    if (referenceOn > todayInVietNam())
      throw new AppError(400, 'validation', {}, [{ field: 'referenceOn', code: 'in_future', message: '' }]);
    const visits = followUpSchedule(referenceOn, followUpMonths);
    // A schedule already started (even by a colleague a moment ago) keeps its rows: the unique index on
    // (case, months) turns the second start into a conflict instead of a second schedule.
    const inserted = await tx
      .insert(reintegrationVisits)
      .values(
        visits.map((visit) => ({
          id: newId(),
          caseId,
          months: visit.months,
          referenceOn,
          dueOn: visit.dueOn,
          createdBy: actor.userId,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: reintegrationVisits.id });
    if (inserted.length < visits.length) throw new AppError(409, 'reintegration.already_started');
    const movedTo = await enterReintegration(tx, ctx, row);
    await addCaseEvent(tx, ctx, caseId, 'reintegration.started', {
      referenceOn,
      months: visits.map((visit) => visit.months).join(','),
      // The case's state when the follow-up started, and whether it moved into reintegration with it.
      caseState: movedTo ?? row.state,
      stateMoved: movedTo !== null,
    });
    await recordAudit(tx, ctx, {
      action: 'reintegration.follow_up_start',
      resourceType: 'case',
      resourceId: caseId,
      details: { referenceOn, visits: visits.length },
    });
    return readReintegration(tx, ctx, movedTo ? { ...row, state: movedTo } : row);
  });
}

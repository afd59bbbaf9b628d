import { type CaseState, checkTransition, todayInVietNam, traffickingStatusFor } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases } from '../../db/schema';
import type { Tx } from '../../db/types';
import { addCaseEvent, type CaseRow } from '../case-work/case-in-work';

/** Whether starting the follow-up will also move the case: only a holder of case.update changes its state. */
export const movesCaseState = (ctx: RequestContext) => can(ctx, 'case.update');

/**
 * Starting the follow-up is the moment the case enters its reintegration state, when the lifecycle allows it
 * (from "receiving support"): the same transition, timeline line and audit event as the case's own
 * "start reintegration" action, in the follow-up's transaction. From any other state the case stays where it is
 * (the lifecycle is the one authority on moves) and the follow-up's own timeline line says so.
 */
export async function enterReintegration(
  tx: Tx,
  ctx: RequestContext,
  row: CaseRow,
): Promise<CaseState | null> {
  if (!movesCaseState(ctx)) return null;
  const from = row.state as CaseState;
  const result = checkTransition(from, 'start_reintegration', {}, { today: todayInVietNam() });
  if (!result.ok) return null;
  await tx
    .update(cases)
    .set({
      state: result.to,
      stateChangedAt: new Date(),
      traffickingStatus: traffickingStatusFor(result.to, row.traffickingStatus),
      updatedAt: new Date(),
    })
    .where(eq(cases.id, row.id));
  await addCaseEvent(tx, ctx, row.id, 'transition.start_reintegration', {
    from,
    to: result.to,
    closureReason: null,
    reasonSealed: null,
  });
  await recordAudit(tx, ctx, {
    action: 'case.start_reintegration',
    resourceType: 'case',
    resourceId: row.id,
    details: { from, to: result.to, by: 'reintegration.follow_up_start' },
  });
  return result.to;
}

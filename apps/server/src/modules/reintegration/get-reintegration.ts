import type { ReintegrationView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseForWork } from '../case-work/case-in-work';
import { readReintegration } from './reintegration-view';

/**
 * The follow-up schedule, scores, reintegration plan and livelihood history of a case, for those who work on it
 * (like its tasks). Scores and codes are not identifying; the plan's outcome notes are about the person, so they
 * are opened only with identity access, and a read that opens one is audited.
 */
export async function getReintegration(ctx: RequestContext, caseId: string): Promise<ReintegrationView> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { row, identity } = await caseForWork(tx, ctx, caseId);
    const view = await readReintegration(tx, ctx, row, identity);
    const notes = view.planItems.filter((item) => item.outcomeNote !== null).length;
    if (notes > 0)
      await recordAudit(tx, ctx, {
        action: 'reintegration.plan_view',
        resourceType: 'case',
        resourceId: caseId,
        details: { notes },
      });
    return view;
  });
}

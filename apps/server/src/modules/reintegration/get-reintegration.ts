import type { ReintegrationView } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { caseForWork } from '../case-work/case-in-work';
import { readReintegration } from './reintegration-view';

/**
 * The follow-up schedule and scores of a case, for those who work on it (like its tasks). Scores are
 * numbers without a name or an answer, so reading them is not an identifying read and is not audited.
 */
export async function getReintegration(ctx: RequestContext, caseId: string): Promise<ReintegrationView> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { row } = await caseForWork(tx, ctx, caseId);
    return readReintegration(tx, ctx, row);
  });
}

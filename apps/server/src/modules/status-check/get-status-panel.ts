import type { StatusCheckPanel } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { ownedCase } from '../case-work/case-in-work';
import { readStatusPanel } from './status-code';

/** Whether the case's status check is on and a code is live; the owning agency only (others: not found). */
export async function getStatusPanel(ctx: RequestContext, caseId: string): Promise<StatusCheckPanel> {
  authorize(ctx, 'case.update');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    return readStatusPanel(tx, caseId);
  });
}

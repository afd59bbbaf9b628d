import type { StatusCheckPanel } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';
import { ownedCase } from '../case-work/case-in-work';
import { readStatusPanel, revokeLiveCode } from './status-code';

/** Ends the case's live status code at once (lost paper, a code seen by the wrong person). */
export async function revokeStatusCode(ctx: RequestContext, caseId: string): Promise<StatusCheckPanel> {
  authorize(ctx, 'case.update');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId, { lock: true });
    if (!(await revokeLiveCode(tx, caseId))) throw new AppError(409, 'status_check.no_code');
    await recordAudit(tx, ctx, { action: 'status_check.revoke', resourceType: 'case', resourceId: caseId });
    return readStatusPanel(tx, caseId);
  });
}

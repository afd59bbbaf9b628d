import type { StatusCheckPanel } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { ownedCase } from '../case-work/case-in-work';
import { readStatusPanel, revokeLiveCode } from './status-code';

/**
 * Ends the case's live status code at once (lost paper, a code seen by the wrong person). Revoking when no
 * code is live changes nothing and says so in the audit event: a worker who presses twice is not scolded.
 */
export async function revokeStatusCode(ctx: RequestContext, caseId: string): Promise<StatusCheckPanel> {
  authorize(ctx, 'case.update');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId, { lock: true });
    const revoked = await revokeLiveCode(tx, caseId);
    await recordAudit(tx, ctx, {
      action: 'status_check.revoke',
      resourceType: 'case',
      resourceId: caseId,
      details: { revoked },
    });
    return readStatusPanel(tx, caseId);
  });
}

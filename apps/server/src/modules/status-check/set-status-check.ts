import type { StatusCheckPanel, StatusCheckSetting } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { ownedCase } from '../case-work/case-in-work';
import { readStatusPanel, revokeLiveCode } from './status-code';

/**
 * Switches the case's status check on or off. Off also ends the live code: a code that was out in the world
 * when the worker judged the check dangerous must not start answering again if the check is switched back on.
 */
export async function setStatusCheck(
  ctx: RequestContext,
  caseId: string,
  input: StatusCheckSetting,
): Promise<StatusCheckPanel> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId, { lock: true });
    await tx.execute(sql`
      insert into status_check_settings (case_id, agency_id, enabled, changed_by)
      values (${caseId}, ${actor.agencyId}, ${input.enabled}, ${actor.userId})
      on conflict (case_id) do update
        set enabled = excluded.enabled, changed_by = excluded.changed_by, changed_at = now()`);
    const revoked = input.enabled ? false : await revokeLiveCode(tx, caseId);
    await recordAudit(tx, ctx, {
      action: 'status_check.settings',
      resourceType: 'case',
      resourceId: caseId,
      details: { enabled: input.enabled, revoked },
    });
    return readStatusPanel(tx, caseId);
  });
}

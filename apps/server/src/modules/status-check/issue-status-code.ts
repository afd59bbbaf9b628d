import type { IssuedStatusCode } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { ownedCase } from '../case-work/case-in-work';
import { codeHash, newCode, readStatusPanel, revokeLiveCode } from './status-code';

/**
 * Issues the case's status code (a new one ends the one before). The code is answered this once, for the
 * worker to hand over on paper or read out; the database keeps only its keyed hash. Refused while the check
 * is switched off for the case: the worker decided it would endanger the person.
 */
export async function issueStatusCode(ctx: RequestContext, caseId: string): Promise<IssuedStatusCode> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId, { lock: true });
    if (!(await readStatusPanel(tx, caseId)).enabled) throw new AppError(409, 'status_check.disabled');
    const replaced = await revokeLiveCode(tx, caseId);
    const code = newCode();
    await tx.execute(sql`
      insert into status_codes (id, case_id, agency_id, code_hash, issued_by)
      values (${newId()}, ${caseId}, ${actor.agencyId}, ${codeHash(ctx, 'status', code)}, ${actor.userId})`);
    await recordAudit(tx, ctx, {
      action: 'status_check.issue',
      resourceType: 'case',
      resourceId: caseId,
      details: { replaced },
    });
    return { ...(await readStatusPanel(tx, caseId)), code };
  });
}

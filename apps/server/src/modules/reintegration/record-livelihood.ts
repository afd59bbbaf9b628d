import type { LivelihoodView, RecordLivelihoodInput } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { livelihoodOutcomes, reintegrationVisits } from '../../db/schema';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase, staffNames } from '../case-work/case-in-work';
import { PlanProblems } from './plan-checks';
import { type LivelihoodRow, toLivelihoodView } from './plan-rows';

/**
 * Records how the person earns a living — employment status, monthly income band, loan status — at a follow-up
 * visit of this case or on its own. Codes only, so nothing is sealed; kept as recorded (a change is a new one).
 */
export async function recordLivelihood(
  ctx: RequestContext,
  caseId: string,
  input: RecordLivelihoodInput,
): Promise<LivelihoodView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const problems = new PlanProblems()
      .code('employmentStatus', 'vn-employment-status', input.employmentStatus)
      .code('incomeBand', 'vn-income-band', input.incomeBand)
      .code('loanStatus', 'vn-loan-status', input.loanStatus)
      .pastDay('recordedOn', input.recordedOn, kase.receivedOn);
    let months: number | undefined;
    if (input.visitId) {
      const [visit] = await tx
        .select({ months: reintegrationVisits.months })
        .from(reintegrationVisits)
        .where(and(eq(reintegrationVisits.id, input.visitId), eq(reintegrationVisits.caseId, caseId)));
      if (visit) months = visit.months;
      else problems.add('visitId', 'invalid_value');
    }
    problems.throwIfAny();
    const row: LivelihoodRow = {
      id: newId(),
      caseId,
      visitId: input.visitId ?? null,
      recordedOn: input.recordedOn,
      employmentStatus: input.employmentStatus,
      incomeBand: input.incomeBand,
      loanStatus: input.loanStatus,
      recordedBy: actor.userId,
      createdAt: new Date(),
    };
    await tx.insert(livelihoodOutcomes).values(row);
    await addCaseEvent(tx, ctx, caseId, 'reintegration.livelihood_recorded', {
      outcome: row.id,
      employmentStatus: row.employmentStatus,
      months: months ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'reintegration.livelihood_record',
      resourceType: 'case',
      resourceId: caseId,
      details: { outcome: row.id, visit: row.visitId },
    });
    const visitMonths = new Map(row.visitId && months !== undefined ? [[row.visitId, months]] : []);
    return toLivelihoodView(row, await staffNames(tx, [actor.userId]), visitMonths);
  });
}

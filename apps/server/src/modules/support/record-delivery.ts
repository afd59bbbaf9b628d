import type { DeliveryView, RecordDeliveryInput } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { supportWriter } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, supportDeliveries, supportPlans } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, type CaseRow, staffNames, visibleCase } from '../case-work/case-in-work';
import { rateOn } from './rates-on';
import { checkAmount, checkDeliveredOn, FieldProblems } from './support-checks';
import { agencyNames, type DeliveryRow, deliveryNoteContext, toDeliveryView } from './support-rows';

/**
 * Records support given to the person: a regime's service on a day, by an agency, with a quantity and, for
 * money, an amount in whole dong. An entry with an amount is a draft until a supervisor approves it (two-person
 * rule); a correction of approved money is a new entry naming the original, never an edit of it. The owning
 * agency records any support; an agency the case was referred to records, in its own name, only the services it
 * is responsible for while its referral is accepted and open (access/case-policy.ts, supportWriter).
 */
export async function recordDelivery(
  ctx: RequestContext,
  caseId: string,
  input: RecordDeliveryInput,
): Promise<DeliveryView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const kase = await visibleCase(tx, ctx, caseId);
    const writer = await supportWriter(tx, ctx, kase);
    if (!writer) throw notFound();
    const agencyId = input.agencyId ?? actor.agencyId;
    const problems = new FieldProblems().regime('regime', input.regime);
    if (writer.by === 'referral') {
      if (!writer.regimes.has(input.regime)) throw new AppError(403, 'support.not_responsible');
      if (agencyId !== actor.agencyId) problems.add('agencyId', 'invalid_value');
      if (input.correctsId) problems.add('correctsId', 'invalid_value');
    }
    checkDeliveredOn(problems, input.deliveredOn, kase.receivedOn);
    const rate = await rateOn(tx, input.regime, input.deliveredOn);
    checkAmount(problems, input.amountVnd, rate?.ceilingVnd);
    await checkLinks(tx, kase, input, agencyId, problems);
    problems.throwIfAny();
    const id = newId();
    const now = new Date();
    const row: DeliveryRow = {
      id,
      caseId,
      planId: input.planId ?? null,
      regime: input.regime,
      deliveredOn: input.deliveredOn,
      agencyId,
      recordedBy: actor.userId,
      quantity: input.quantity ?? 1,
      amountVnd: input.amountVnd ?? null,
      noteSealed: input.note ? ctx.secrets.seal(input.note, deliveryNoteContext(id)) : null,
      status: input.amountVnd ? 'draft' : 'recorded',
      correctsId: input.correctsId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(supportDeliveries).values(row);
    await addCaseEvent(tx, ctx, caseId, 'support.delivery_recorded', {
      delivery: id,
      regime: row.regime,
      money: row.amountVnd !== null,
      corrects: row.correctsId,
    });
    await recordAudit(tx, ctx, {
      action: 'support.delivery_record',
      resourceType: 'case',
      resourceId: caseId,
      details: { delivery: id, regime: row.regime, amountVnd: row.amountVnd, corrects: row.correctsId },
    });
    const staff = await staffNames(tx, [actor.userId]);
    return toDeliveryView(ctx, row, staff, await agencyNames(tx, [agencyId]), true, null);
  });
}

/** The agency exists; the plan is one of this case's open plans; a correction names approved money of this case. */
async function checkLinks(
  tx: Tx,
  kase: CaseRow,
  input: RecordDeliveryInput,
  agencyId: string,
  problems: FieldProblems,
): Promise<void> {
  const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) problems.add('agencyId', 'invalid_value');
  if (input.planId) {
    const [plan] = await tx
      .select({ status: supportPlans.status })
      .from(supportPlans)
      .where(and(eq(supportPlans.id, input.planId), eq(supportPlans.caseId, kase.id)));
    if (!plan) problems.add('planId', 'invalid_value');
    else if (plan.status === 'closed') problems.add('planId', 'plan_closed');
  }
  if (input.correctsId) {
    const [original] = await tx
      .select({ status: supportDeliveries.status })
      .from(supportDeliveries)
      .where(and(eq(supportDeliveries.id, input.correctsId), eq(supportDeliveries.caseId, kase.id)));
    if (!original) problems.add('correctsId', 'invalid_value');
    else if (original.status !== 'approved') problems.add('correctsId', 'not_approved');
    if (!input.amountVnd) problems.add('amountVnd', 'required');
  }
}

/** The delivery of this case, locked for the change; another case's (or agency's) delivery is not found. */
export async function lockedDelivery(tx: Tx, caseId: string, deliveryId: string): Promise<DeliveryRow> {
  const [row] = await tx
    .select()
    .from(supportDeliveries)
    .where(and(eq(supportDeliveries.id, deliveryId), eq(supportDeliveries.caseId, caseId)))
    .for('update');
  if (!row) throw new AppError(404, 'not_found');
  return row;
}

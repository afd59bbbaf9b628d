import type { RecordTrainingInput, TrainingEvent } from '@lantern/domain';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { trainingEvents } from '../../db/schema';
import { newId } from '../../lib/ids';
import { FieldProblems } from '../support/support-checks';
import {
  checkParticipants,
  checkTrainingFields,
  insertParticipants,
  participantTotals,
  trainingViews,
} from './training-rows';

/** A training the actor's agency organised, with its participants (staff of any agency). */
export async function recordTraining(
  ctx: RequestContext,
  input: RecordTrainingInput,
): Promise<TrainingEvent> {
  authorize(ctx, 'training.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const problems = new FieldProblems();
  checkTrainingFields(problems, input);
  problems.throwIfAny();
  return ctx.transaction(async (tx) => {
    await checkParticipants(tx, problems, input.participants);
    problems.throwIfAny();
    const id = newId();
    const [row] = await tx
      .insert(trainingEvents)
      .values({
        id,
        agencyId: actor.agencyId,
        heldOn: input.heldOn,
        title: input.title,
        tools: [...new Set(input.tools)],
        recordedBy: actor.userId,
      })
      .returning();
    await insertParticipants(tx, id, input.participants);
    const totals = participantTotals(input.participants);
    await recordAudit(tx, ctx, {
      action: 'training.record',
      resourceType: 'training_event',
      resourceId: id,
      details: {
        tools: [...new Set(input.tools)].sort().join(','),
        participants: totals.total,
        frontline: totals.frontline,
      },
    });
    const [view] = await trainingViews(tx, [row as typeof trainingEvents.$inferSelect]);
    return view as TrainingEvent;
  });
}

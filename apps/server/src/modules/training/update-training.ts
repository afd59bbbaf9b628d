import type { TrainingEvent, UpdateTrainingInput } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { trainingEvents, trainingParticipants } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { FieldProblems } from '../support/support-checks';
import {
  checkParticipants,
  checkTrainingFields,
  insertParticipants,
  participantTotals,
  trainingViews,
} from './training-rows';

/**
 * Corrects a training the actor's agency organised: the fields given replace the stored ones, a participant
 * list replaces the whole list. Another agency's training is "not found", as for every write.
 */
export async function updateTraining(
  ctx: RequestContext,
  id: string,
  input: UpdateTrainingInput,
): Promise<TrainingEvent> {
  authorize(ctx, 'training.manage');
  const problems = new FieldProblems();
  checkTrainingFields(problems, input);
  problems.throwIfAny();
  return ctx.transaction(async (tx) => {
    const [current] = await tx.select().from(trainingEvents).where(eq(trainingEvents.id, id)).for('update');
    if (!current || current.agencyId !== ctx.actor?.agencyId) throw notFound();
    if (input.participants) {
      await checkParticipants(tx, problems, input.participants);
      problems.throwIfAny();
    }
    const [row] = await tx
      .update(trainingEvents)
      .set({
        ...(input.heldOn ? { heldOn: input.heldOn } : {}),
        ...(input.title ? { title: input.title } : {}),
        ...(input.tools ? { tools: [...new Set(input.tools)] } : {}),
        updatedAt: new Date(),
      })
      .where(eq(trainingEvents.id, id))
      .returning();
    if (input.participants) {
      await tx.delete(trainingParticipants).where(eq(trainingParticipants.eventId, id));
      await insertParticipants(tx, id, input.participants);
    }
    await recordAudit(tx, ctx, {
      action: 'training.update',
      resourceType: 'training_event',
      resourceId: id,
      details: {
        fields: Object.keys(input).sort().join(','),
        ...(input.participants ? { participants: participantTotals(input.participants).total } : {}),
      },
    });
    const [view] = await trainingViews(tx, [row as typeof trainingEvents.$inferSelect]);
    return view as TrainingEvent;
  });
}

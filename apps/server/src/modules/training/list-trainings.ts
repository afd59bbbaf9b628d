import type { TrainingEvent, trainingListQuerySchema } from '@lantern/domain';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { trainingEvents } from '../../db/schema';
import { trainingViews } from './training-rows';

/** A register page: an agency organises a few trainings a month, and 200 cover years of them. */
const PAGE = 200;

/**
 * The trainings the actor's agency organised, newest first. Staff counts and names of staff only, so the list
 * is not an identifying read and is not audited. Readers of statistics count trainings through the indicator
 * "frontline_staff_trained", never through this list.
 */
export async function listTrainings(
  ctx: RequestContext,
  query: z.infer<typeof trainingListQuerySchema>,
): Promise<{ items: TrainingEvent[] }> {
  authorize(ctx, 'training.manage');
  const filters: SQL[] = [eq(trainingEvents.agencyId, ctx.actor?.agencyId ?? '')];
  if (query.from) filters.push(gte(trainingEvents.heldOn, query.from));
  if (query.to) filters.push(lte(trainingEvents.heldOn, query.to));
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(trainingEvents)
      .where(and(...filters))
      .orderBy(desc(trainingEvents.heldOn), trainingEvents.id)
      .limit(PAGE);
    return { items: await trainingViews(tx, rows) };
  });
}

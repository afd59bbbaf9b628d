import type { ScreeningDetail } from '@lantern/domain';
import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { screeningResponses, screenings, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import { screeningReadScope } from './screening-scope';
import { toScreeningDetail } from './screening-view';

export async function findScreening(tx: Tx, ctx: RequestContext, id: string): Promise<ScreeningDetail> {
  const [found] = await tx
    .select({ screening: screenings, screener: { id: users.id, displayName: users.displayName } })
    .from(screenings)
    .innerJoin(users, eq(users.id, screenings.screenedBy))
    .where(and(screeningReadScope(ctx), eq(screenings.id, id)));
  if (!found) throw notFound();
  const responses = await tx
    .select()
    .from(screeningResponses)
    .where(eq(screeningResponses.screeningId, id))
    .orderBy(asc(screeningResponses.position));
  return toScreeningDetail(found.screening, found.screener, responses);
}

/**
 * One screening with its answers and results; another agency's screening is not found, unless it was sent to
 * the reader's agency to act on.
 */
export async function getScreening(ctx: RequestContext, id: string): Promise<ScreeningDetail> {
  authorize(ctx, 'screening.read', 'screening.create');
  return ctx.transaction((tx) => findScreening(tx, ctx, id));
}

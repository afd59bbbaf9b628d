import { and, eq, gt, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { accessGrants } from '../db/schema';
import type { Tx } from '../db/types';

/** Whether the actor holds a live break-the-glass grant on a record; modules add this to their scopes. */
export async function hasAccessGrant(tx: Tx, ctx: RequestContext, resourceType: string, resourceId: string) {
  if (!ctx.actor) return false;
  const rows = await tx
    .select({ id: accessGrants.id })
    .from(accessGrants)
    .where(
      and(
        eq(accessGrants.userId, ctx.actor.userId),
        eq(accessGrants.resourceType, resourceType),
        eq(accessGrants.resourceId, resourceId),
        gt(accessGrants.expiresAt, sql`now()`),
      ),
    );
  return rows.length > 0;
}

import type { FieldError } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies, selfHelpGroups } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';

export type GroupRow = typeof selfHelpGroups.$inferSelect;

/** Sealed values are bound to their row, so one cannot be moved to another group or member. */
export const sealFor = {
  facilitator: (groupId: string) => `self-help-group:${groupId}:facilitator`,
  memberName: (memberId: string) => `self-help-group-member:${memberId}:name`,
  topic: (meetingId: string) => `self-help-group-meeting:${meetingId}:topic`,
};

export const fieldProblem = (field: string, code: string): FieldError => ({ field, code, message: '' });
export const invalid = (...problems: FieldError[]) => new AppError(400, 'validation', {}, problems);

/** The facilitating agency's managers run the group; its other readers only read it. */
export function mayManage(ctx: RequestContext, group: Pick<GroupRow, 'agencyId'>): boolean {
  return can(ctx, 'group.manage') && group.agencyId === ctx.actor?.agencyId;
}

/** A group the actor may read (row-level security decides too), with its agency's name. */
export async function readableGroup(tx: Tx, id: string): Promise<{ group: GroupRow; agencyName: string }> {
  const [row] = await tx
    .select({ group: selfHelpGroups, agencyName: agencies.name })
    .from(selfHelpGroups)
    .innerJoin(agencies, eq(agencies.id, selfHelpGroups.agencyId))
    .where(eq(selfHelpGroups.id, id));
  if (!row) throw notFound();
  return row;
}

/**
 * A group the actor's agency facilitates, locked for the change. Another agency's group is "not found" for a
 * write, as another agency's case is: a write never confirms what the writer may not change.
 */
export async function managedGroup(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  options: { lock: boolean } = { lock: true },
): Promise<GroupRow> {
  const query = tx.select().from(selfHelpGroups).where(eq(selfHelpGroups.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || !mayManage(ctx, row)) throw notFound();
  return row;
}

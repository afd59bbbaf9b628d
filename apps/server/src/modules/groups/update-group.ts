import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { selfHelpGroups } from '../../db/schema';
import { managedGroup } from './group-rows';

/** Closes (or reopens) a group the actor's agency facilitates. */
export async function updateGroup(
  ctx: RequestContext,
  groupId: string,
  input: { status: 'active' | 'closed' },
): Promise<{ id: string; status: 'active' | 'closed' }> {
  authorize(ctx, 'group.manage');
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId);
    await tx
      .update(selfHelpGroups)
      .set({ status: input.status, updatedAt: new Date() })
      .where(eq(selfHelpGroups.id, group.id));
    await recordAudit(tx, ctx, {
      action: 'group.update',
      resourceType: 'self_help_group',
      resourceId: group.id,
      details: { status: input.status },
    });
    return { id: group.id, status: input.status };
  });
}

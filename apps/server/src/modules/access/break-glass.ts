import type { BreakGlassCategory } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { ownerLookupFor } from '../../access/resource-owners';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { accessGrants, notifications } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';

export const BREAK_GLASS_HOURS = 3;

/** A written reason opens only where it was sealed: the grant it explains, or one notification of it. */
export const grantReasonContext = (grantId: string) => `access-grant:${grantId}:reason`;
export const notificationReasonContext = (notificationId: string) => `notification:${notificationId}:reason`;

/**
 * Break-the-glass: a user with the permission opens one record outside their scope for at most three
 * hours, giving a category and a written reason. Users write names into reasons ("chị Xuyến"), so the
 * words are sealed — on the grant and in each owning supervisor's in-app notification, where the
 * supervisor reviews them — and the audit event carries the category only.
 */
export async function breakGlass(
  ctx: RequestContext,
  input: { resourceType: string; resourceId: string; reason: string; category: BreakGlassCategory },
) {
  authorize(ctx, 'case.break_glass');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const lookup = ownerLookupFor(input.resourceType);
  if (!lookup) throw notFound();
  return ctx.transaction(async (tx) => {
    const ownerAgencyId = await lookup(tx, input.resourceId);
    if (!ownerAgencyId) throw notFound();
    const id = newId();
    const expiresAt = new Date(Date.now() + BREAK_GLASS_HOURS * 3600_000);
    await tx.insert(accessGrants).values({
      id,
      userId: actor.userId,
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      category: input.category,
      reasonSealed: ctx.secrets.seal(input.reason, grantReasonContext(id)),
      expiresAt,
    });
    const supervisors = await queryRows<{ id: string }>(
      tx,
      sql`select distinct u.id from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
          where u.agency_id = ${ownerAgencyId} and u.disabled_at is null and r.code = 'supervisor'`,
    );
    for (const supervisor of supervisors) {
      const notificationId = newId();
      await tx.insert(notifications).values({
        id: notificationId,
        userId: supervisor.id,
        kind: 'break_glass',
        data: {
          grantId: id,
          resourceType: input.resourceType,
          resourceId: input.resourceId,
          byUserId: actor.userId,
          byUsername: actor.username,
          byAgencyId: actor.agencyId,
          expiresAt: expiresAt.toISOString(),
          category: input.category,
          reasonSealed: ctx.secrets.seal(input.reason, notificationReasonContext(notificationId)),
        },
      });
    }
    await recordAudit(tx, ctx, {
      action: 'access.break_glass',
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      reason: input.category,
      details: {
        ownerAgencyId,
        notified: supervisors.length,
        hours: BREAK_GLASS_HOURS,
        category: input.category,
      },
    });
    return { id, expiresAt: expiresAt.toISOString() };
  });
}

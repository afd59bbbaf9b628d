import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { notifications } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { notificationReasonContext } from './break-glass';

/**
 * The signed-in user's notifications; row-level security shows each user only their own. A reason sealed
 * into a notification (a break-the-glass reason for the owning supervisors) is opened for its addressee,
 * and that reading is audited like any other read of words that may name a person.
 */
export async function listNotifications(ctx: RequestContext) {
  return ctx.transaction(async (tx) => {
    const rows = await tx.select().from(notifications).orderBy(desc(notifications.createdAt)).limit(100);
    let opened = 0;
    const shown = rows.map((row) => {
      const { reasonSealed, ...data } = row.data;
      if (typeof reasonSealed === 'string') {
        data.reason = ctx.secrets.open(reasonSealed, notificationReasonContext(row.id));
        opened += 1;
      }
      return {
        id: row.id,
        kind: row.kind,
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
        data,
      };
    });
    if (opened > 0)
      await recordAudit(tx, ctx, {
        action: 'notification.reasons_view',
        resourceType: 'notification',
        details: { reasons: opened },
      });
    return shown;
  });
}

export async function markNotificationRead(ctx: RequestContext, id: string) {
  await ctx.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (updated.length === 0) throw notFound();
    await recordAudit(tx, ctx, { action: 'notification.read', resourceType: 'notification', resourceId: id });
  });
}

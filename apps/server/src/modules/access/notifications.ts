import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { notifications } from '../../db/schema';
import { notFound } from '../../lib/errors';

/** The signed-in user's notifications; row-level security shows each user only their own. */
export async function listNotifications(ctx: RequestContext) {
  const rows = await ctx.transaction((tx) =>
    tx.select().from(notifications).orderBy(desc(notifications.createdAt)).limit(100),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    data: row.data,
  }));
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

import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { publicHolidays } from '../../db/schema';
import { notFound } from '../../lib/errors';

/** Removes a day that is not off after all; the audit event keeps which day it was. */
export async function removeHoliday(ctx: RequestContext, id: string): Promise<void> {
  authorize(ctx, 'admin.vocabularies.manage');
  await ctx.transaction(async (tx) => {
    const [row] = await tx.delete(publicHolidays).where(eq(publicHolidays.id, id)).returning();
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'holiday.remove',
      resourceType: 'public_holiday',
      resourceId: id,
      details: { day: row.day, nameVi: row.nameVi },
    });
  });
}

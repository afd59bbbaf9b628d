import { type PublicHoliday, type PublicHolidayInput, publicHolidayInputSchema } from '@lantern/domain';
import { and, eq, ne } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { publicHolidays } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { dayTaken, toHolidayView } from './holiday-rows';

/**
 * Corrects a day off: its date once the year's days off are announced, its names, and whether it still
 * needs checking. The audit event keeps the day before and after.
 */
export async function updateHoliday(
  ctx: RequestContext,
  id: string,
  input: PublicHolidayInput,
): Promise<PublicHoliday> {
  authorize(ctx, 'admin.vocabularies.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const holiday = publicHolidayInputSchema.parse(input);
  return ctx.transaction(async (tx) => {
    const [before] = await tx.select().from(publicHolidays).where(eq(publicHolidays.id, id));
    if (!before) throw notFound();
    const [taken] = await tx
      .select({ id: publicHolidays.id })
      .from(publicHolidays)
      .where(and(eq(publicHolidays.day, holiday.day), ne(publicHolidays.id, id)));
    if (taken) throw dayTaken();
    const [row] = await tx
      .update(publicHolidays)
      .set({ ...holiday, updatedBy: actor.userId, updatedAt: new Date() })
      .where(eq(publicHolidays.id, id))
      .returning();
    const updated = row as NonNullable<typeof row>;
    await recordAudit(tx, ctx, {
      action: 'holiday.update',
      resourceType: 'public_holiday',
      resourceId: id,
      details: { from: before.day, to: updated.day, nameVi: updated.nameVi, toCheck: updated.toCheck },
    });
    return toHolidayView(updated);
  });
}

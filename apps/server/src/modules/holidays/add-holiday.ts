import { type PublicHoliday, type PublicHolidayInput, publicHolidayInputSchema } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { publicHolidays } from '../../db/schema';
import { newId } from '../../lib/ids';
import { dayTaken, toHolidayView } from './holiday-rows';

/**
 * A system administrator adds a day off (a holiday, or a day the Government moved). Deadlines counted from
 * then on skip it; deadlines already given stay as they were promised.
 */
export async function addHoliday(ctx: RequestContext, input: PublicHolidayInput): Promise<PublicHoliday> {
  authorize(ctx, 'admin.vocabularies.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const holiday = publicHolidayInputSchema.parse(input);
  return ctx.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: publicHolidays.id })
      .from(publicHolidays)
      .where(eq(publicHolidays.day, holiday.day));
    if (taken) throw dayTaken();
    const now = new Date();
    const [row] = await tx
      .insert(publicHolidays)
      .values({ id: newId(), ...holiday, updatedBy: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    const added = row as NonNullable<typeof row>;
    await recordAudit(tx, ctx, {
      action: 'holiday.add',
      resourceType: 'public_holiday',
      resourceId: added.id,
      details: { day: added.day, nameVi: added.nameVi, toCheck: added.toCheck },
    });
    return toHolidayView(added);
  });
}

import type { PublicHolidayList } from '@lantern/domain';
import { and, asc, gte, lte } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { publicHolidays } from '../../db/schema';
import { toHolidayView } from './holiday-rows';

/** The public holidays of a year (or all of them), in calendar order: configuration, no personal data. */
export async function listHolidays(ctx: RequestContext, year?: number): Promise<PublicHolidayList> {
  authorize(ctx, 'admin.vocabularies.manage');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(publicHolidays)
      .where(
        year === undefined
          ? undefined
          : and(gte(publicHolidays.day, `${year}-01-01`), lte(publicHolidays.day, `${year}-12-31`)),
      )
      .orderBy(asc(publicHolidays.day));
    return { items: rows.map(toHolidayView) };
  });
}

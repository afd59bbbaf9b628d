import type { PublicHoliday } from '@lantern/domain';
import { asc, gte } from 'drizzle-orm';
import { publicHolidays } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';

export type HolidayRow = typeof publicHolidays.$inferSelect;

export function toHolidayView(row: HolidayRow): PublicHoliday {
  return {
    id: row.id,
    day: row.day,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    toCheck: row.toCheck,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The days off from `fromDay` on (yyyy-MM-dd), for a working-day count. The whole future list is small (a few
 * dozen rows a year), so it is read at once rather than guessing how far a count can reach.
 */
export async function daysOffFrom(tx: Tx, fromDay: string): Promise<string[]> {
  const rows = await tx
    .select({ day: publicHolidays.day })
    .from(publicHolidays)
    .where(gte(publicHolidays.day, fromDay))
    .orderBy(asc(publicHolidays.day));
  return rows.map((row) => row.day);
}

/** The day is already in the list: one row per day off. */
export const dayTaken = () =>
  new AppError(400, 'validation', {}, [{ field: 'day', code: 'holiday_day_taken', message: '' }]);

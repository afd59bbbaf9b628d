import { z } from 'zod';

/**
 * Viet Nam's public holidays and the days off around them (Labour Code 2019, Art. 112), kept as data by a
 * system administrator: complaint deadlines count working days and skip them. Tết and the Hùng Kings' day
 * follow the lunar calendar and the Government announces the official days off yearly, so nothing here is
 * computed.
 */
const name = z.string().trim().min(2).max(120);

export const publicHolidayInputSchema = z.object({
  /** The day off, yyyy-MM-dd. One row per day: a five-day Tết is five rows. */
  day: z.iso.date(),
  nameVi: name,
  nameEn: name,
  /** Still to be checked against the Government's announcement of the year's days off. */
  toCheck: z.boolean().default(false),
});
export type PublicHolidayInput = z.input<typeof publicHolidayInputSchema>;

export const publicHolidaySchema = z.object({
  id: z.string(),
  day: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  toCheck: z.boolean(),
  updatedAt: z.string(),
});
export type PublicHoliday = z.infer<typeof publicHolidaySchema>;

export const publicHolidayListQuerySchema = z.object({
  /** The calendar year to list; every year when absent. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const publicHolidayListSchema = z.object({ items: z.array(publicHolidaySchema) });
export type PublicHolidayList = z.infer<typeof publicHolidayListSchema>;

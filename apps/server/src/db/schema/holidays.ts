import { boolean, date, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordTimes, rowId } from './columns';
import { users } from './identity';

/**
 * Viet Nam's public holidays and the days off around them, one row per day (migration 0043). Complaint
 * deadlines skip them. Kept by a system administrator; `toCheck` marks days entered before the year's official
 * announcement (every seeded day starts so).
 */
export const publicHolidays = pgTable('public_holidays', {
  id: rowId(),
  day: date('day').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  toCheck: boolean('to_check').notNull().default(false),
  updatedBy: uuid('updated_by').references(() => users.id),
  ...recordTimes(),
});

import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** The row's own id, a UUID the application draws before the insert. */
export const rowId = () => uuid('id').primaryKey();

/** A moment to the millisecond with its time zone, as the case and screening tables keep times. */
export const instant = <N extends string>(name: N) => timestamp(name, { withTimezone: true, precision: 3 });

/** When the record was created and last changed; both start at the insert. */
export const recordTimes = () => ({
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

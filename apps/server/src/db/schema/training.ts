import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordTimes, rowId } from './columns';
import { agencies, agencyRef, userRef, users } from './identity';

/**
 * The training register (issue #19, migration 0039): trainings an agency organised on the programme's standard
 * tools and the staff who took part, by agency, role and sex or by account. Staff only — never a victim.
 */
export const trainingEvents = pgTable(
  'training_events',
  {
    id: rowId(),
    /** The organising agency: its holders of training.manage keep the record. */
    agencyId: agencyRef('agency_id'),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    /** vn-training-tool */
    tools: text('tools').array().notNull(),
    recordedBy: userRef('recorded_by'),
    ...recordTimes(),
  },
  (table) => [
    index('training_events_agency_idx').on(table.agencyId, table.heldOn),
    index('training_events_held_idx').on(table.heldOn),
  ],
);

export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: rowId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id),
    /** The participants' own agency (their province and agency type disaggregate the indicator). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** vn-training-role */
    role: text('role').notNull(),
    sex: text('sex'),
    staffCount: integer('staff_count').notNull(),
    userId: uuid('user_id').references(() => users.id),
  },
  (table) => [
    index('training_participants_event_idx').on(table.eventId),
    index('training_participants_agency_idx').on(table.agencyId),
  ],
);

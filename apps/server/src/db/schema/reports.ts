import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant, rowId } from './columns';
import { agencyRef, userRef } from './identity';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Indicator targets (issue #19, migration 0036): a number per indicator and programme year, national when no
 * province is named. An administrator enters them; the catalogue and the review report read them.
 */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: rowId(),
    indicatorCode: text('indicator_code').notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code'),
    targetValue: numeric('target_value', { mode: 'number' }).notNull(),
    setBy: userRef('set_by'),
    setAt: instant('set_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('indicator_targets_once_idx').on(
      table.indicatorCode,
      table.year,
      sql`coalesce(${table.provinceCode}, '')`,
    ),
  ],
);

export interface ReportPeriods {
  fromYear: number;
  toYear: number;
  targetYear: number;
}

/** Review-report jobs: requested, built in the background, their files kept until `expiresAt`. */
export const reportJobs = pgTable(
  'report_jobs',
  {
    id: rowId(),
    kind: text('kind').$type<'review'>().notNull().default('review'),
    requestedBy: userRef('requested_by'),
    agencyId: agencyRef('agency_id'),
    scope: text('scope').$type<'own' | 'national'>().notNull(),
    periods: jsonb('periods').$type<ReportPeriods>().notNull(),
    language: text('language').$type<'vi' | 'en' | 'ar'>().notNull(),
    status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx'),
    errorCode: text('error_code'),
    createdAt: instant('created_at').notNull().defaultNow(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('report_jobs_requester_idx').on(table.requestedBy, table.createdAt)],
);

import { z } from 'zod';
import { supportedLocales } from '../i18n/locales';
import { indicatorScopes } from './indicators';

/**
 * Indicator targets and review reports (issue #19). Targets are national unless a province is named; a review
 * report compares the actual values of a run of years with the targets of one year, built in the background.
 */

const year = z.number().int().min(2000).max(2100);
const provinceCode = z.string().min(1).max(16);

/** One year's target: a number sets it, `null` clears it. */
export const setIndicatorTargetsSchema = z.object({
  provinceCode: provinceCode.nullable().optional(),
  targets: z
    .array(z.object({ year, value: z.number().min(0).max(1e12).nullable() }))
    .min(1)
    .max(20),
});
export type SetIndicatorTargetsInput = z.infer<typeof setIndicatorTargetsSchema>;

export const indicatorTargetSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  provinceCode: z.string().nullable(),
  value: z.number(),
  setAt: z.string(),
});
export type IndicatorTargetView = z.infer<typeof indicatorTargetSchema>;
export const indicatorTargetListSchema = z.object({ targets: z.array(indicatorTargetSchema) });

/** A report compares at most this many years (one table column each). */
export const MAX_REPORT_YEARS = 10;
/** How long a finished report's files are kept before they are deleted. */
export const REPORT_RETENTION_DAYS = 7;

export const requestReviewReportSchema = z.object({
  fromYear: year,
  toYear: year,
  targetYear: year,
  /** As for indicator values: own (indicators.read) or national, suppressed (stats.read_aggregate); the reader's usual one when absent. */
  scope: z.enum(indicatorScopes).optional(),
  /** The language the report is written in; the request's language when absent. */
  language: z.enum(supportedLocales).optional(),
});
export type RequestReviewReportInput = z.infer<typeof requestReviewReportSchema>;

export const reportStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportJobSchema = z.object({
  id: z.string(),
  kind: z.literal('review'),
  status: z.enum(reportStatuses),
  progress: z.number().int(),
  scope: z.enum(indicatorScopes),
  periods: z.object({ fromYear: z.number().int(), toYear: z.number().int(), targetYear: z.number().int() }),
  language: z.enum(supportedLocales),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string(),
  /** True once the files are past their keeping time (they are deleted then). */
  expired: z.boolean(),
});
export type ReportJobView = z.infer<typeof reportJobSchema>;
export const reportJobListSchema = z.object({ reports: z.array(reportJobSchema) });

import { z } from 'zod';
import { caseStates } from '../cases/lifecycle';

/** An open case whose state has not changed for this many days is "stuck" on the data-quality panel. */
export const STUCK_AFTER_DAYS = 30;
/**
 * Late entries: a screening submitted, or a case registered, more than this many days after the interview or
 * the day the person was received. A week covers a field team's trip without a connection and a weekend; later
 * than that the record is being written from memory or paper. (A referral outcome is late when it is recorded
 * after the referral's completion deadline, which already says how long the recipient had.)
 */
export const LATE_ENTRY_AFTER_DAYS = 7;
/** Late entries are counted over the events of the last this many days only: a bounded read, and recent practice. */
export const LATE_ENTRY_WINDOW_DAYS = 90;
/** The panel lists at most this many agencies (a province's), the busiest first. */
export const DATA_QUALITY_AGENCY_LIMIT = 100;

/** Key fields an indicator breaks down by; a case missing one counts as "unknown" in every table. */
export const dataQualityFields = [
  'sex',
  'ageBand',
  'nationality',
  'exploitationType',
  'recruitment',
] as const;
export type DataQualityField = (typeof dataQualityFields)[number];

export const lateEntryMeasures = ['screenings', 'registrations', 'referralOutcomes'] as const;
export type LateEntryMeasure = (typeof lateEntryMeasures)[number];
const lateCountSchema = z.object({ recorded: z.number().int(), late: z.number().int() });

/**
 * GET /api/data-quality: for the reader's own scope (indicators.read — their agency, or their province), the open
 * cases of each agency missing each key field, and those stuck in a state. Counts only, never a record.
 */
export const dataQualitySchema = z.object({
  stuckAfterDays: z.number().int(),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      provinceCode: z.string(),
      openCases: z.number().int(),
      missing: z.record(z.enum(dataQualityFields), z.number().int()),
      stuck: z.number().int(),
    }),
  ),
  /** Stuck open cases by the state they are stuck in. */
  stuckByState: z.array(z.object({ state: z.enum(caseStates), count: z.number().int() })),
  hasMore: z.boolean(),
  /** Records of the last `windowDays` days of events, and how many of them were entered late, by agency. */
  lateEntries: z.object({
    afterDays: z.number().int(),
    windowDays: z.number().int(),
    agencies: z.array(
      z.object({
        agencyId: z.string(),
        agencyName: z.string(),
        provinceCode: z.string(),
        screenings: lateCountSchema,
        registrations: lateCountSchema,
        referralOutcomes: lateCountSchema,
      }),
    ),
    hasMore: z.boolean(),
  }),
});
export type DataQuality = z.infer<typeof dataQualitySchema>;

import { z } from 'zod';

/**
 * An indicator is data: a building block (a count, a ratio of two filtered sets, a median of days between two
 * dated events, a mean of a measure) over one subject, narrowed by named filters. Filters, dates, measures and
 * disaggregations are chosen from the fixed lists below, each of which the server turns into SQL it wrote
 * itself, so an administrator composes new indicators without code and without ever writing SQL.
 */

/**
 * What is counted. Groups, one-stop offices and training are recorded by #18 and #19; feedback responses and
 * complaints by the survivor-voice module (#20).
 */
export const indicatorSubjects = [
  'screening',
  'case',
  'referral',
  'reintegration_visit',
  'reintegration_assessment',
  'self_help_group',
  'self_help_group_member',
  'one_stop_contact',
  'training_participant',
  'feedback_response',
  'complaint',
] as const;
export type IndicatorSubject = (typeof indicatorSubjects)[number];

/** Named predicates; `days` and `months` parametrise the ones that need a number. */
export const indicatorFilters = {
  screening: ['possible_victim'],
  case: [
    'identified',
    'verified',
    'verified_within_days',
    'supported',
    'recruited_online',
    'recruitment_known',
  ],
  referral: ['case_referral', 'accepted', 'completed', 'overdue'],
  reintegration_visit: ['visit_due', 'done_on_schedule', 'visit_months'],
  reintegration_assessment: ['visit_months'],
  self_help_group: ['active'],
  self_help_group_member: ['active'],
  one_stop_contact: [],
  training_participant: ['frontline_staff'],
  feedback_response: ['rated', 'satisfied'],
  complaint: ['answer_due', 'responded_on_time', 'overdue', 'closed', 'discrimination_stigma'],
} as const satisfies Record<IndicatorSubject, readonly string[]>;
export type IndicatorFilterCode = (typeof indicatorFilters)[IndicatorSubject][number];
const allFilterCodes = [...new Set(Object.values(indicatorFilters).flat())] as [string, ...string[]];

/** Dated events a duration or a period can be measured from. */
export const indicatorEvents = {
  screening: ['screened'],
  case: ['received', 'identified', 'first_support'],
  referral: ['sent'],
  reintegration_visit: ['due'],
  reintegration_assessment: ['visited'],
  self_help_group: ['formed'],
  self_help_group_member: ['joined'],
  one_stop_contact: ['contacted'],
  training_participant: ['trained'],
  /** The month of the answer: a feedback row stores no day, so its period is the first day of that month. */
  feedback_response: ['answered_month'],
  complaint: ['received'],
} as const satisfies Record<IndicatorSubject, readonly string[]>;
export type IndicatorEvent = (typeof indicatorEvents)[IndicatorSubject][number];
const allEvents = [...new Set(Object.values(indicatorEvents).flat())] as [string, ...string[]];

export const indicatorMeasures = ['reintegration_composite'] as const;

/**
 * Disaggregations. Each one partitions the subject (every record has exactly one value, "unknown" included),
 * so cells add up to their totals — the property the suppression rule relies on. Multi-valued fields are
 * partitioned too: a case with two exploitation types is "multiple", not counted twice.
 */
export const indicatorDimensions = [
  'province',
  'sex',
  'age_band',
  'nationality',
  'exploitation_type',
  'recruitment_channel',
  'destination_country',
  'agency_type',
] as const;
export type IndicatorDimension = (typeof indicatorDimensions)[number];

/** Every disaggregation: subjects that stand for a case answer them all. */
export const allCaseDimensions = (): IndicatorDimension[] => [...indicatorDimensions];
const caseDimensions = indicatorDimensions;
/** The disaggregations each subject can answer: screenings are anonymous, so they have no sex or age. */
export const subjectDimensions: Record<IndicatorSubject, readonly IndicatorDimension[]> = {
  screening: ['province', 'agency_type'],
  case: caseDimensions,
  referral: caseDimensions,
  reintegration_visit: caseDimensions,
  reintegration_assessment: caseDimensions,
  self_help_group: ['province', 'agency_type'],
  self_help_group_member: ['province', 'sex', 'age_band'],
  one_stop_contact: ['province', 'sex', 'age_band', 'agency_type'],
  training_participant: ['province', 'sex', 'agency_type'],
  // Of the agency the feedback or the complaint is about: nothing is recorded about the person.
  feedback_response: ['province', 'agency_type'],
  complaint: ['province', 'agency_type'],
};

/**
 * Subjects counted for the whole country only, always through the suppression rule: an own-scope count of one
 * month's feedback, or of the complaints about one's own agency, could single out the survivor who gave it
 * (docs/decisions/0007). The database holds the rule too: these subjects have no `_own` fact view (migration 0042).
 */
export const nationalOnlySubjects: readonly IndicatorSubject[] = ['feedback_response', 'complaint'];

export function isNationalOnly(definition: { block: { subject: IndicatorSubject } }): boolean {
  return nationalOnlySubjects.includes(definition.block.subject);
}

export const indicatorPeriods = ['month', 'quarter', 'year'] as const;
export type IndicatorPeriod = (typeof indicatorPeriods)[number];

export const indicatorUnits = ['count', 'percentage', 'median_days', 'mean'] as const;

const filterSchema = z.object({
  code: z.enum(allFilterCodes),
  days: z.number().int().min(0).max(3650).optional(),
  months: z.number().int().min(1).max(120).optional(),
});
export type IndicatorFilter = z.infer<typeof filterSchema>;

const filters = z.array(filterSchema).max(8).default([]);

export const indicatorBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), subject: z.enum(indicatorSubjects), where: filters }),
  z.object({
    kind: z.literal('ratio'),
    subject: z.enum(indicatorSubjects),
    /** The denominator's filters; the numerator is the denominator narrowed by `numerator`. */
    where: filters,
    numerator: z.array(filterSchema).min(1).max(8),
  }),
  z.object({
    kind: z.literal('median_days'),
    subject: z.enum(indicatorSubjects),
    where: filters,
    from: z.enum(allEvents),
    to: z.enum(allEvents),
  }),
  z.object({
    kind: z.literal('mean'),
    subject: z.enum(indicatorSubjects),
    where: filters,
    measure: z.enum(indicatorMeasures),
  }),
]);
export type IndicatorBlock = z.infer<typeof indicatorBlockSchema>;

const text = z.string().trim().min(1).max(500);
const localised = z.object({ vi: text, en: text, ar: text });

export const indicatorDefinitionSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{2,47}$/),
    name: localised,
    definition: localised,
    unit: z.enum(indicatorUnits),
    block: indicatorBlockSchema,
    /** The event whose date places a record in a period (the subject's first event when absent). */
    periodBy: z.enum(allEvents).optional(),
    dimensions: z.array(z.enum(indicatorDimensions)).max(indicatorDimensions.length),
    /** Targets by programme year, in the indicator's unit; entered by administrators (Decision 33/QĐ-TTg). */
    targets: z
      .array(z.object({ year: z.number().int().min(2000).max(2100), value: z.number().min(0) }))
      .default([]),
  })
  .superRefine((definition, issue) => {
    const { block } = definition;
    const subjectFilters: readonly string[] = indicatorFilters[block.subject];
    const subjectEvents: readonly string[] = indicatorEvents[block.subject];
    const used = [...block.where, ...(block.kind === 'ratio' ? block.numerator : [])];
    used.forEach((filter, index) => {
      if (!subjectFilters.includes(filter.code)) {
        issue.addIssue({
          code: 'custom',
          path: ['block', 'where', index, 'code'],
          message: 'filter.subject',
          params: { fieldCode: 'indicator_filter_not_for_subject' },
        });
      }
    });
    const events = [definition.periodBy, block.kind === 'median_days' ? block.from : undefined];
    if (block.kind === 'median_days') events.push(block.to);
    for (const event of events) {
      if (event && !subjectEvents.includes(event)) {
        issue.addIssue({
          code: 'custom',
          path: ['periodBy'],
          message: 'event.subject',
          params: { fieldCode: 'indicator_event_not_for_subject' },
        });
      }
    }
    const expectedUnit = { count: 'count', ratio: 'percentage', median_days: 'median_days', mean: 'mean' }[
      block.kind
    ];
    if (definition.unit !== expectedUnit) {
      issue.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'unit.block',
        params: { fieldCode: 'indicator_unit_not_for_block' },
      });
    }
    definition.dimensions.forEach((dimension, index) => {
      if (!subjectDimensions[block.subject].includes(dimension)) {
        issue.addIssue({
          code: 'custom',
          path: ['dimensions', index],
          message: 'dimension.subject',
          params: { fieldCode: 'indicator_dimension_not_for_subject' },
        });
      }
    });
    if (new Set(definition.dimensions).size !== definition.dimensions.length) {
      issue.addIssue({
        code: 'custom',
        path: ['dimensions'],
        message: 'dimensions.repeated',
        params: { fieldCode: 'indicator_dimension_repeated' },
      });
    }
  });
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

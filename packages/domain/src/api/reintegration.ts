import { z } from 'zod';
import { livelihoodViewSchema, planItemViewSchema } from './reintegration-plan';

/**
 * Reintegration follow-up of a case: the visit schedule and the scored assessments recorded at visits.
 * Routes live under /api/cases/{id}/reintegration…; shared by the server and the web app.
 */

export const startFollowUpSchema = z.object({
  /**
   * The day the follow-up counts from. Absent: the case's return date (journey.returnedOn), else the day
   * the case was received.
   */
  referenceOn: z.iso.date().optional(),
});

export const recordAssessmentSchema = z.object({
  instrumentId: z.string().min(1).max(64),
  instrumentVersion: z.number().int().positive(),
  visitedOn: z.iso.date(),
  /** Answers by question id, as the screening engine takes them ("unknown" and "declined" allowed). */
  answers: z.record(
    z.string().max(64),
    z.union([z.string().max(2000), z.number(), z.array(z.string().max(64)).max(50)]),
  ),
});
export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;

export const dimensionScoreSchema = z.object({
  dimension: z.string(),
  /** 0–1; null when no item of the dimension was answered. */
  score: z.number().min(0).max(1).nullable(),
  answered: z.number().int(),
  items: z.number().int(),
});
export type DimensionScore = z.infer<typeof dimensionScoreSchema>;

export const assessmentViewSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  dimensions: z.array(dimensionScoreSchema),
  composite: z.number().min(0).max(1).nullable(),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }),
  recordedAt: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const visitStatuses = ['done', 'overdue', 'due', 'upcoming'] as const;

export const followUpVisitSchema = z.object({
  id: z.string(),
  months: z.number().int(),
  dueOn: z.string(),
  status: z.enum(visitStatuses),
  /** Days to the due day: positive days left, negative days overdue. */
  days: z.number().int(),
  assessment: assessmentViewSchema.nullable(),
});
export type FollowUpVisit = z.infer<typeof followUpVisitSchema>;

export const reintegrationViewSchema = z.object({
  /** Null until the follow-up is started. */
  referenceOn: z.string().nullable(),
  /** The day the schedule would count from if started now, and where it comes from. */
  suggestedReferenceOn: z.string(),
  suggestedFrom: z.enum(['returned', 'received']),
  /** The instrument version new assessments must name. */
  instrument: z.object({ id: z.string(), version: z.number().int() }),
  visits: z.array(followUpVisitSchema),
  mayRecord: z.boolean(),
  /** The reintegration plan, by target day. */
  planItems: z.array(planItemViewSchema),
  /** Livelihood outcomes, newest first: the first is the latest. */
  livelihood: z.array(livelihoodViewSchema),
});
export type ReintegrationView = z.infer<typeof reintegrationViewSchema>;

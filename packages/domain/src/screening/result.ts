import { z } from 'zod';
import { expressionSchema } from './expression';
import { grades, sourceStatuses, thresholdClauseSchema } from './instrument-schema';

/**
 * Decision support, never a verdict: the strongest outcome is "possible victim — refer for formal
 * identification" (HTCDS PossibleVictimOfTrafficking; the 2024 Law's person in the process of
 * identification). Identification itself belongs to the competent authority and is recorded in the case.
 */
export const screeningOutcomes = ['no-indicators', 'some-indicators', 'possible-victim', 'scored'] as const;
export type ScreeningOutcome = (typeof screeningOutcomes)[number];

export const POSSIBLE_VICTIM_HTCDS_STATUS = 'PossibleVictimOfTrafficking';

const indicatorStates = ['present', 'absent', 'unknown', 'declined', 'not-asked'] as const;

export const indicatorFindingSchema = z.object({
  id: z.string(),
  question: z.string(),
  option: z.string().optional(),
  state: z.enum(indicatorStates),
  grade: z.enum(grades).optional(),
  weight: z.number().optional(),
  /** For a normalised score: the answer's value in 0–1 (absent when the answer is open or not asked). */
  value: z.number().min(0).max(1).optional(),
});
export type IndicatorFinding = z.infer<typeof indicatorFindingSchema>;

export const groupFindingSchema = z.object({
  id: z.string(),
  positive: z.boolean(),
  counts: z.object({ strong: z.number(), medium: z.number(), weak: z.number() }).optional(),
  /** The threshold clause that made the dimension positive. */
  clause: thresholdClauseSchema.optional(),
  score: z.number().optional(),
  maxScore: z.number().optional(),
  indicators: z.array(indicatorFindingSchema),
});
export type GroupFinding = z.infer<typeof groupFindingSchema>;

export const screeningResultSchema = z.object({
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  sourceStatus: z.enum(sourceStatuses),
  rule: z.enum(['graded-dimensions', 'element-combination', 'weighted-score', 'normalised-dimensions']),
  subject: z.enum(['adult', 'child', 'unknown']),
  outcome: z.enum(screeningOutcomes),
  htcdsStatus: z.literal(POSSIBLE_VICTIM_HTCDS_STATUS).nullable(),
  groups: z.array(groupFindingSchema),
  /** The combination that decided the outcome (the adult one when the age is not known). */
  combination: expressionSchema.optional(),
  threshold: z.array(thresholdClauseSchema).optional(),
  /** What answers still open could do: the outcome if they all turned out present, and with a child's rule. */
  whatIf: z.object({
    ifOpenIndicatorsPresent: z.enum(screeningOutcomes),
    ifChild: z.enum(screeningOutcomes).optional(),
    /** Open indicators (unknown or declined) in dimensions that could still turn the outcome. */
    decisive: z.array(z.string()),
  }),
  score: z.object({ total: z.number(), max: z.number(), level: z.string() }).optional(),
  /** A normalised rule's weighted mean of the scored dimensions (0–1); null when no dimension was scored. */
  composite: z.number().min(0).max(1).nullable().optional(),
  needs: z.array(z.string()),
});
export type ScreeningResult = z.infer<typeof screeningResultSchema>;

const rank: Record<ScreeningOutcome, number> = {
  scored: -1,
  'no-indicators': 0,
  'some-indicators': 1,
  'possible-victim': 2,
};

/** The strongest outcome of several instruments run in one screening; a weighted score has no status. */
export function strongestOutcome(outcomes: readonly ScreeningOutcome[]): ScreeningOutcome | undefined {
  const ranked = outcomes.filter((outcome) => outcome !== 'scored');
  if (ranked.length === 0) return undefined;
  return ranked.reduce((best, outcome) => (rank[outcome] > rank[best] ? outcome : best));
}

import type { Answers } from './conditions';
import { indicatorState } from './indicators';
import type { NormalisedDimensionsRule } from './instrument-schema';
import type { GroupFinding, IndicatorFinding, ScreeningResult } from './result';

type Scored = Omit<ScreeningResult, 'instrumentId' | 'instrumentVersion' | 'sourceStatus' | 'needs'>;

/** Σ weight·value / Σ weight over the entries that have a value; null when none has. */
function weightedMean(entries: ReadonlyArray<{ weight: number; value: number | undefined }>): number | null {
  let sum = 0;
  let weights = 0;
  for (const entry of entries) {
    if (entry.value === undefined) continue;
    sum += entry.weight * entry.value;
    weights += entry.weight;
  }
  // Clamped because floating-point sums of values in 0–1 may land a hair outside.
  return weights > 0 ? Math.min(1, Math.max(0, sum / weights)) : null;
}

/**
 * Scores a normalised-dimensions rule. An "unknown" or "declined" answer, an unanswered question and one
 * the interview never reached are left out of the mean rather than counted as 0: not knowing is not a bad
 * situation, and counting it so would pull the person's score down for the interviewer's gaps. The findings
 * keep each such item with its state, so the screen can say how much of a score rests on answers.
 */
export function scoreNormalised(
  rule: NormalisedDimensionsRule,
  answers: Answers,
  asked: ReadonlySet<string>,
): Scored {
  const groups: GroupFinding[] = rule.dimensions.map((dimension) => {
    const indicators: IndicatorFinding[] = rule.items
      .filter((item) => item.dimension === dimension.id)
      .map((item) => {
        const state = indicatorState({ question: item.question }, answers, asked);
        const value =
          state === 'present' || state === 'absent' ? item.values[String(answers[item.question])] : undefined;
        // For a normalised item "present" means "answered with a value"; the other states say why not.
        const finding: IndicatorFinding = {
          id: item.id,
          question: item.question,
          state:
            value !== undefined ? 'present' : state === 'present' || state === 'absent' ? 'unknown' : state,
          weight: item.weight,
        };
        if (value !== undefined) finding.value = value;
        return finding;
      });
    const score = weightedMean(
      indicators.map((finding) => ({ weight: finding.weight ?? 1, value: finding.value })),
    );
    return {
      id: dimension.id,
      positive: score !== null,
      ...(score === null ? {} : { score, maxScore: 1 }),
      indicators,
    };
  });
  const composite = weightedMean(
    rule.dimensions.map((dimension, index) => ({
      weight: dimension.weight,
      value: groups[index]?.score,
    })),
  );
  return {
    rule: rule.kind,
    subject: 'unknown',
    outcome: 'scored',
    htcdsStatus: null,
    groups,
    whatIf: { ifOpenIndicatorsPresent: 'scored', decisive: [] },
    composite,
  };
}

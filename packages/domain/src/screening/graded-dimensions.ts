import type { Grade, ThresholdClause } from './instrument-schema';

export type GradeCounts = Record<Grade, number>;

export function emptyCounts(): GradeCounts {
  return { strong: 0, medium: 0, weak: 0 };
}

/** The first threshold clause the counts satisfy, if any. Each clause asks for at least so many of each grade. */
export function satisfiedClause(
  counts: Partial<GradeCounts>,
  threshold: readonly ThresholdClause[],
): ThresholdClause | undefined {
  return threshold.find(
    (clause) =>
      (counts.strong ?? 0) >= (clause.strong ?? 0) &&
      (counts.medium ?? 0) >= (clause.medium ?? 0) &&
      (counts.weak ?? 0) >= (clause.weak ?? 0),
  );
}

/**
 * Whether a dimension is positive. Clauses are "at least" counts, so a further present indicator can
 * never make a positive dimension negative (a property test holds the rule to that).
 */
export function isDimensionPositive(
  counts: Partial<GradeCounts>,
  threshold: readonly ThresholdClause[],
): boolean {
  return satisfiedClause(counts, threshold) !== undefined;
}

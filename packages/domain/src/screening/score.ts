import { type AnswerProblem, effectiveAnswers, validateAnswers, visibleQuestions } from './answers';
import type { Answers } from './conditions';
import { evaluateExpression, expressionNames } from './expression';
import { emptyCounts, satisfiedClause } from './graded-dimensions';
import { type IndicatorState, indicatorState, isOpen, needsOf, subjectOf } from './indicators';
import type {
  ElementCombinationRule,
  GradedDimensionsRule,
  Instrument,
  Subject,
  WeightedScoreRule,
} from './instrument-schema';
import { scoreNormalised } from './normalised-dimensions';
import {
  type GroupFinding,
  type IndicatorFinding,
  POSSIBLE_VICTIM_HTCDS_STATUS,
  type ScreeningOutcome,
  type ScreeningResult,
} from './result';

export class AnswerError extends Error {
  constructor(readonly problems: readonly AnswerProblem[]) {
    super(`Invalid answers: ${problems.map((p) => `${p.question} (${p.problem})`).join(', ')}`);
    this.name = 'AnswerError';
  }
}

type Findings = { groups: GroupFinding[]; positive: Set<string>; anyPresent: boolean };
/** Overrides an indicator's state: the what-if analysis scores the same answers with open indicators present. */
type StateOf = (finding: IndicatorFinding) => IndicatorState;
const asAnswered: StateOf = (finding) => finding.state;
const openAsPresent: StateOf = (finding) => (isOpen(finding.state) ? 'present' : finding.state);

function gradedFindings(
  rule: GradedDimensionsRule,
  subject: Subject,
  base: IndicatorFinding[],
  stateOf: StateOf,
): Findings {
  const positive = new Set<string>();
  let anyPresent = false;
  const groups = rule.dimensions.map((dimension) => {
    const counts = emptyCounts();
    const indicators: IndicatorFinding[] = [];
    rule.indicators.forEach((indicator, index) => {
      const grade = indicator.grades[subject];
      const finding = base[index] as IndicatorFinding;
      if (indicator.dimension !== dimension.id || !grade) return;
      const state = stateOf(finding);
      if (state === 'present') counts[grade] += 1;
      indicators.push({ ...finding, state, grade });
    });
    const clause = satisfiedClause(counts, rule.threshold);
    if (clause) positive.add(dimension.id);
    anyPresent ||= indicators.some((finding) => finding.state === 'present');
    return { id: dimension.id, positive: clause !== undefined, counts, clause, indicators };
  });
  return { groups, positive, anyPresent };
}

function elementFindings(rule: ElementCombinationRule, base: IndicatorFinding[], stateOf: StateOf): Findings {
  const positive = new Set<string>();
  let anyPresent = false;
  const groups = rule.elements.map((element) => {
    const indicators = base
      .filter((_, index) => rule.indicators[index]?.element === element.id)
      .map((finding) => ({ ...finding, state: stateOf(finding) }));
    const present = indicators.some((finding) => finding.state === 'present');
    if (present) positive.add(element.id);
    anyPresent ||= present;
    return { id: element.id, positive: present, indicators };
  });
  return { groups, positive, anyPresent };
}

function outcomeOf(
  findings: Findings,
  combination: Parameters<typeof evaluateExpression>[0],
): ScreeningOutcome {
  if (evaluateExpression(combination, (name) => findings.positive.has(name))) return 'possible-victim';
  return findings.anyPresent ? 'some-indicators' : 'no-indicators';
}

function baseFindings(
  items: ReadonlyArray<{ id: string; source: { question: string; option?: string } }>,
  answers: Answers,
  asked: ReadonlySet<string>,
): IndicatorFinding[] {
  return items.map((item) => ({
    id: item.id,
    question: item.source.question,
    ...(item.source.option === undefined ? {} : { option: item.source.option }),
    state: indicatorState(item.source, answers, asked),
  }));
}

function scoreStatusRule(
  rule: GradedDimensionsRule | ElementCombinationRule,
  answers: Answers,
  asked: ReadonlySet<string>,
): Omit<ScreeningResult, 'instrumentId' | 'instrumentVersion' | 'sourceStatus' | 'needs'> {
  const subject = subjectOf(rule, answers);
  // An unknown age is scored with the adult rule, which asks for more; the child's rule is shown beside it.
  const applied: Subject = subject === 'child' ? 'child' : 'adult';
  const base = baseFindings(rule.indicators, answers, asked);
  const findingsFor = (who: Subject, stateOf: StateOf) =>
    rule.kind === 'graded-dimensions'
      ? gradedFindings(rule, who, base, stateOf)
      : elementFindings(rule, base, stateOf);
  const combination = rule.combination[applied];
  const actual = findingsFor(applied, asAnswered);
  const outcome = outcomeOf(actual, combination);
  const optimistic = outcomeOf(findingsFor(applied, openAsPresent), combination);
  const needed = new Set(expressionNames(combination));
  const decisive =
    optimistic === outcome
      ? []
      : actual.groups
          .filter((group) => !group.positive && needed.has(group.id))
          .flatMap((group) =>
            group.indicators.filter((finding) => isOpen(finding.state)).map((finding) => finding.id),
          );
  return {
    rule: rule.kind,
    subject,
    outcome,
    htcdsStatus: outcome === 'possible-victim' ? POSSIBLE_VICTIM_HTCDS_STATUS : null,
    groups: actual.groups,
    combination,
    ...(rule.kind === 'graded-dimensions' ? { threshold: rule.threshold } : {}),
    whatIf: {
      ifOpenIndicatorsPresent: optimistic,
      ...(subject === 'unknown'
        ? { ifChild: outcomeOf(findingsFor('child', asAnswered), rule.combination.child) }
        : {}),
      decisive: [...new Set(decisive)],
    },
  };
}

function scoreWeighted(
  rule: WeightedScoreRule,
  answers: Answers,
  asked: ReadonlySet<string>,
): Omit<ScreeningResult, 'instrumentId' | 'instrumentVersion' | 'sourceStatus' | 'needs'> {
  const base = baseFindings(rule.items, answers, asked);
  let total = 0;
  let max = 0;
  const groups = rule.dimensions.map((dimension) => {
    let score = 0;
    let maxScore = 0;
    const indicators: IndicatorFinding[] = [];
    rule.items.forEach((item, index) => {
      if (item.dimension !== dimension.id) return;
      const finding = base[index] as IndicatorFinding;
      maxScore += item.weight;
      if (finding.state === 'present') score += item.weight;
      indicators.push({ ...finding, weight: item.weight });
    });
    total += score;
    max += maxScore;
    return { id: dimension.id, positive: score > 0, score, maxScore, indicators };
  });
  const level = [...rule.levels]
    .sort((a, b) => a.min - b.min)
    .filter((entry) => total >= entry.min)
    .pop();
  return {
    rule: rule.kind,
    subject: 'unknown',
    outcome: 'scored',
    htcdsStatus: null,
    groups,
    whatIf: { ifOpenIndicatorsPresent: 'scored', decisive: [] },
    score: { total, max, level: level?.id ?? (rule.levels[0]?.id as string) },
  };
}

/**
 * Scores answers with one instrument version. Answers are validated first (an AnswerError lists every
 * problem); only answers to questions the interviewer was shown count.
 */
export function scoreScreening(instrument: Instrument, answers: Record<string, unknown>): ScreeningResult {
  const problems = validateAnswers(instrument, answers);
  if (problems.length > 0) throw new AnswerError(problems);
  const effective = effectiveAnswers(instrument, answers as Answers);
  const asked = new Set(visibleQuestions(instrument, effective).map((entry) => entry.question.id));
  const rule = instrument.scoring;
  const scored =
    rule.kind === 'weighted-score'
      ? scoreWeighted(rule, effective, asked)
      : rule.kind === 'normalised-dimensions'
        ? scoreNormalised(rule, effective, asked)
        : scoreStatusRule(rule, effective, asked);
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    sourceStatus: instrument.sourceStatus,
    ...scored,
    needs: needsOf(instrument, effective),
  };
}

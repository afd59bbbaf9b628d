import { type Answers, DECLINED, evaluateCondition, UNKNOWN } from './conditions';
import type { IndicatorSource, Instrument, Subject } from './instrument-schema';

/**
 * What the answers say about one indicator. Only "present" ever counts: an unknown or declined answer is
 * not evidence, and a question the interview never reached ("not-asked") is not evidence either.
 */
export type IndicatorState = 'present' | 'absent' | 'unknown' | 'declined' | 'not-asked';

/** `asked` holds the ids of the questions shown to the interviewer (see visibleQuestions). */
export function indicatorState(
  source: IndicatorSource,
  answers: Answers,
  asked: ReadonlySet<string>,
): IndicatorState {
  if (!asked.has(source.question)) return 'not-asked';
  const answer = answers[source.question];
  if (answer === undefined || answer === UNKNOWN) return 'unknown';
  if (answer === DECLINED) return 'declined';
  if (source.option === undefined) return answer === 'yes' ? 'present' : 'absent';
  const given = Array.isArray(answer) ? answer : [answer];
  return given.includes(source.option) ? 'present' : 'absent';
}

/** Open indicators are those a further answer could still make present. */
export function isOpen(state: IndicatorState): boolean {
  return state === 'unknown' || state === 'declined';
}

/** Which list applies. An unknown age is reported as such; the scorer then shows what a child's rule would say. */
export function subjectOf(
  rule: {
    subject: {
      adult: Parameters<typeof evaluateCondition>[0];
      child: Parameters<typeof evaluateCondition>[0];
    };
  },
  answers: Answers,
): Subject | 'unknown' {
  if (evaluateCondition(rule.subject.child, answers)) return 'child';
  if (evaluateCondition(rule.subject.adult, answers)) return 'adult';
  return 'unknown';
}

export function needsOf(instrument: Instrument, answers: Answers): string[] {
  const needs = instrument.needs
    .filter((rule) => evaluateCondition(rule.when, answers))
    .map((rule) => rule.need);
  return [...new Set(needs)];
}

import { type AnswerValue, isNonAnswer } from './conditions';
import type { Instrument, Question } from './instrument-schema';

/** instrument id → question id → answer, as a screening in progress holds them. */
export type AnswersByInstrument = Readonly<Record<string, Readonly<Record<string, AnswerValue>>>>;

/**
 * What an earlier answer says about a question that asks the same thing (its `prefillFrom`), or undefined
 * when the earlier question is unanswered, unknown or declined: a guess is never put in the person's mouth.
 */
export function prefilledAnswer(question: Question, answers: AnswersByInstrument): AnswerValue | undefined {
  const from = question.prefillFrom;
  if (!from) return undefined;
  const source = answers[from.instrument]?.[from.question];
  if (isNonAnswer(source) || source === undefined) return undefined;
  if (!from.anyOf) return source;
  const held = Array.isArray(source) ? source : [String(source)];
  if (held.length === 0) return undefined;
  return held.some((value) => from.anyOf?.includes(value)) ? 'yes' : 'no';
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Fills the questions that repeat an earlier one. Without `before` (an instrument just chosen or loaded) only
 * unanswered ones are filled. With `before` (an answer was just given), a pre-filled answer follows the earlier
 * answer when that changes (it matches what `before` would have pre-filled); an answer the interviewer changed
 * or cleared is kept.
 */
export function withPrefilledAnswers(
  instruments: readonly Instrument[],
  answers: AnswersByInstrument,
  before?: AnswersByInstrument,
): Record<string, Record<string, AnswerValue>> {
  const next: Record<string, Record<string, AnswerValue>> = {};
  for (const [instrumentId, own] of Object.entries(answers)) next[instrumentId] = { ...own };
  for (const instrument of instruments) {
    const own = next[instrument.id];
    if (!own) continue;
    for (const question of instrument.sections.flatMap((section) => section.questions)) {
      if (!question.prefillFrom) continue;
      const derived = prefilledAnswer(question, next);
      const earlier = before ? prefilledAnswer(question, before) : undefined;
      // The earlier answer did not change: leave this one as the interviewer left it (even cleared).
      if (before && same(derived, earlier)) continue;
      const current = own[question.id];
      if (current !== undefined && !(earlier !== undefined && same(current, earlier))) continue;
      if (derived === undefined) {
        if (current !== undefined && earlier !== undefined) delete own[question.id];
      } else own[question.id] = derived;
    }
  }
  return next;
}

/** Whether a question's answer was pre-filled from an earlier one and is still that answer. */
export function isPrefilled(question: Question, answers: AnswersByInstrument, instrumentId: string): boolean {
  const derived = prefilledAnswer(question, answers);
  return derived !== undefined && same(answers[instrumentId]?.[question.id], derived);
}

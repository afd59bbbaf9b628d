import { type Answers, type AnswerValue, DECLINED, evaluateCondition, UNKNOWN } from './conditions';
import type { Instrument, Question, Section } from './instrument-schema';

export type AnswerProblemCode =
  | 'unknown-question'
  | 'hidden-question'
  | 'wrong-type'
  | 'unknown-option'
  | 'out-of-range'
  | 'invalid-date';

export interface AnswerProblem {
  question: string;
  problem: AnswerProblemCode;
}

export interface VisibleQuestion {
  section: Section;
  question: Question;
}

/**
 * The questions the interviewer is shown for these answers, in order. Conditions read only earlier
 * visible answers, so an answer left behind in a section that is now hidden changes nothing.
 */
export function visibleQuestions(instrument: Instrument, answers: Answers): VisibleQuestion[] {
  const seen: Record<string, AnswerValue> = {};
  const visible: VisibleQuestion[] = [];
  for (const section of instrument.sections) {
    if (section.showIf && !evaluateCondition(section.showIf, seen)) continue;
    for (const question of section.questions) {
      if (question.showIf && !evaluateCondition(question.showIf, seen)) continue;
      visible.push({ section, question });
      const answer = answers[question.id];
      if (answer !== undefined) seen[question.id] = answer;
    }
  }
  return visible;
}

/** The answers that count: those to visible questions. Unanswered questions are simply absent. */
export function effectiveAnswers(instrument: Instrument, answers: Answers): Record<string, AnswerValue> {
  const result: Record<string, AnswerValue> = {};
  for (const { question } of visibleQuestions(instrument, answers)) {
    const answer = answers[question.id];
    if (answer !== undefined) result[question.id] = answer;
  }
  return result;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function checkValue(question: Question, value: unknown): AnswerProblemCode | undefined {
  if (value === UNKNOWN || value === DECLINED) return undefined;
  const options = new Set(question.options?.map((option) => option.value));
  switch (question.type) {
    case 'yes-no':
      return value === 'yes' || value === 'no' ? undefined : 'wrong-type';
    case 'single':
      if (typeof value !== 'string') return 'wrong-type';
      return options.has(value) ? undefined : 'unknown-option';
    case 'multi':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return 'wrong-type';
      if (new Set(value).size !== value.length) return 'wrong-type';
      return value.every((item) => options.has(item)) ? undefined : 'unknown-option';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong-type';
      if (question.min !== undefined && value < question.min) return 'out-of-range';
      if (question.max !== undefined && value > question.max) return 'out-of-range';
      return undefined;
    case 'date':
      if (typeof value !== 'string') return 'wrong-type';
      return isRealDate(value) ? undefined : 'invalid-date';
    case 'text':
      return typeof value === 'string' && value.length <= 2000 ? undefined : 'wrong-type';
  }
}

/**
 * Every problem with a set of answers, one per question: a question the instrument does not have, a value
 * of the wrong type or outside the options, or an answer to a question its conditions hide (accepting it
 * would let a client score what the interviewer never asked).
 */
export function validateAnswers(instrument: Instrument, answers: Record<string, unknown>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const questions = new Map(
    instrument.sections.flatMap((section) => section.questions).map((question) => [question.id, question]),
  );
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    if (!question) {
      problems.push({ question: id, problem: 'unknown-question' });
      continue;
    }
    const problem = checkValue(question, value);
    if (problem) problems.push({ question: id, problem });
  }
  if (problems.length > 0) return problems;
  const visible = new Set(visibleQuestions(instrument, answers as Answers).map((entry) => entry.question.id));
  for (const id of Object.keys(answers))
    if (!visible.has(id)) problems.push({ question: id, problem: 'hidden-question' });
  return problems;
}

import { z } from 'zod';

/** An answer as stored: "unknown" and "declined" for any question, else the value its type takes. */
export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export const UNKNOWN = 'unknown';
export const DECLINED = 'declined';

export function isNonAnswer(value: AnswerValue | undefined): boolean {
  return value === undefined || value === UNKNOWN || value === DECLINED;
}

/**
 * When a section or question is shown, or when a need or an age group applies. Conditions are data, and
 * compare only what was answered: an unknown or declined answer satisfies no comparison, so it never
 * reveals a follow-up question or counts as a fact.
 */
export type Condition =
  | { question: string; anyOf: string[] }
  | { question: string; lessThan: number }
  | { question: string; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: z.string(), anyOf: z.array(z.string()).min(1) }),
    z.strictObject({ question: z.string(), lessThan: z.number() }),
    z.strictObject({ question: z.string(), atLeast: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const value = answers[condition.question];
  if (isNonAnswer(value)) return false;
  if ('anyOf' in condition) {
    const given = Array.isArray(value) ? value : [value];
    return given.some((item) => condition.anyOf.includes(String(item)));
  }
  if (typeof value !== 'number') return false;
  return 'lessThan' in condition ? value < condition.lessThan : value >= condition.atLeast;
}

/** The questions a condition reads, for checking that an instrument refers only to questions it has. */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}

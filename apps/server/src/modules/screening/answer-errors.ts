import type { AnswerProblem } from '@lantern/domain';
import { AppError } from '../../lib/errors';

/** Answer problems as field errors ("responses.0.answers.age-group"), translated from errors.field.answer_*. */
export function answerError(problems: readonly AnswerProblem[], prefix: string): AppError {
  return new AppError(
    400,
    'validation',
    {},
    problems.map((problem) => ({
      field: `${prefix}${problem.question}`,
      code: `answer_${problem.problem.replaceAll('-', '_')}`,
      message: '',
    })),
  );
}

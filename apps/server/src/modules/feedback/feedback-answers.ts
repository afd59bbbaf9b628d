import { feedbackInstrument, validateAnswers } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';

/**
 * The sealing context of free text. Not bound to the row or the agency: the phone's answer is sealed before
 * the application learns the code's agency (the redeeming function alone reads the code).
 */
export const FEEDBACK_TEXT_CONTEXT = 'feedback-text';

/**
 * Checks the answers with the instrument engine (known questions, offered options or "declined") and answers
 * them as they are stored: question id → option value, nothing else.
 */
export function checkedAnswers(answers: Record<string, string>): Record<string, string> {
  const problems = validateAnswers(feedbackInstrument, answers);
  if (problems.length > 0)
    throw new AppError(
      400,
      'validation',
      {},
      problems.map((problem) => ({
        field: `answers.${problem.question}`,
        code: 'feedback_answer_invalid',
        message: '',
      })),
    );
  return answers;
}

/** Blank free text is no free text. */
export function freeTextOf(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function sealFreeText(ctx: RequestContext, text: string | null): string | null {
  return text === null ? null : ctx.secrets.seal(text, FEEDBACK_TEXT_CONTEXT);
}

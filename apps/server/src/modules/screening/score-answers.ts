import { AnswerError, type ScreeningResult, scoreScreening } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { answerError } from './answer-errors';
import { loadInstrument } from './instrument-catalogue';

/** A dry run: scores answers with one instrument version and stores nothing (used for previews and training). */
export async function scoreAnswers(
  ctx: RequestContext,
  input: { id: string; version: number; answers: Record<string, unknown> },
): Promise<ScreeningResult> {
  authorize(ctx, 'screening.create', 'admin.instruments.manage');
  const { instrument } = await ctx.transaction((tx) => loadInstrument(tx, input.id, input.version));
  try {
    return scoreScreening(instrument, input.answers);
  } catch (error) {
    if (error instanceof AnswerError) throw answerError(error.problems, 'answers.');
    throw error;
  }
}

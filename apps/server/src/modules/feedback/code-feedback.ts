import {
  type CodeFeedbackInput,
  type FeedbackCodeState,
  feedbackInstrument,
  normaliseCode,
  type TypedCode,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';
import { publicLimits, withinPublicLimits } from '../status-check/public-limits';
import { codeHash } from '../status-check/status-code';
import { checkedAnswers, freeTextOf, sealFreeText } from './feedback-answers';

const limits = { address: publicLimits.feedbackAddress, code: publicLimits.feedbackCode };
const hashOf = (ctx: RequestContext, typed: string) => {
  const code = normaliseCode(typed);
  return code === undefined ? undefined : codeHash(ctx, 'feedback', code);
};
const refusal = (refused: 'limited' | 'unknown' | undefined) =>
  refused === 'limited'
    ? new AppError(429, 'feedback.rate_limited')
    : new AppError(404, 'feedback.unknown_code');

/** The phone's survey page asks first whether the code is live (and what the survey is about). */
export async function feedbackCodeState(ctx: RequestContext, input: TypedCode): Promise<FeedbackCodeState> {
  const hashed = hashOf(ctx, input.code);
  const outcome = await ctx.transaction(async (tx) => {
    if (!(await withinPublicLimits(tx, ctx, limits, hashed))) return { refused: 'limited' as const };
    const [row] = hashed
      ? await queryRows<{ service: string | null }>(
          tx,
          sql`select lantern_feedback_code_service(${hashed}) as service`,
        )
      : [];
    return row?.service ? { serviceType: row.service } : { refused: 'unknown' as const };
  });
  if ('refused' in outcome) throw refusal(outcome.refused);
  return outcome;
}

/**
 * The survivor's answer from their own phone: the code is used up and the answer stored in one step by
 * lantern_redeem_feedback_code (migration 0037), under the code's agency and service, with nothing of the
 * code, the time or the phone. The free text is sealed: the agency sees it only after screening it.
 * The audit event says that an answer came in, and no more (no code, no resource).
 */
export async function submitCodeFeedback(ctx: RequestContext, input: CodeFeedbackInput): Promise<void> {
  const answers = checkedAnswers(input.answers);
  const text = freeTextOf(input.freeText);
  const hashed = hashOf(ctx, input.code);
  const outcome = await ctx.transaction(async (tx) => {
    if (!(await withinPublicLimits(tx, ctx, limits, hashed))) return { refused: 'limited' as const };
    if (!hashed) return { refused: 'unknown' as const };
    const [stored] = await queryRows<{ stored: number }>(
      tx,
      sql`select lantern_redeem_feedback_code(${hashed}, ${feedbackInstrument.id}, ${feedbackInstrument.version},
            ${JSON.stringify(answers)}::jsonb, ${sealFreeText(ctx, text)}) as stored`,
    );
    if (stored?.stored !== 1) return { refused: 'unknown' as const };
    await recordAudit(tx, ctx, { action: 'feedback.submit', details: { channel: 'code' } });
    return { ok: true as const };
  });
  if ('refused' in outcome) throw refusal(outcome.refused);
}

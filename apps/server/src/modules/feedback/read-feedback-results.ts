import {
  DEFAULT_SUPPRESSION_K,
  type FeedbackResults,
  type FeedbackResultsQuery,
  feedbackResults,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';

/**
 * The agency's feedback in aggregate for a range of months, per service, through the k-suppression rule
 * (packages/domain/src/survivor-voice/feedback-results.ts). Answers only — free text is read apart, after
 * screening. Reading the results is audited: they describe people, even in aggregate.
 */
export async function readFeedbackResults(
  ctx: RequestContext,
  query: FeedbackResultsQuery,
): Promise<FeedbackResults> {
  authorize(ctx, 'feedback.review');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (query.from > query.to)
    throw new AppError(400, 'validation', {}, [
      { field: 'from', code: 'contact_range_reversed', message: '' },
    ]);
  return ctx.transaction(async (tx) => {
    const rows = await queryRows<{ serviceType: string; answers: Record<string, unknown> }>(
      tx,
      sql`select service_type as "serviceType", answers from feedback_responses
          where agency_id = ${actor.agencyId}
            and period_month between ${`${query.from}-01`}::date and ${`${query.to}-01`}::date`,
    );
    await recordAudit(tx, ctx, {
      action: 'feedback.results',
      details: { from: query.from, to: query.to },
    });
    return { ...query, k: DEFAULT_SUPPRESSION_K, ...feedbackResults(rows) };
  });
}

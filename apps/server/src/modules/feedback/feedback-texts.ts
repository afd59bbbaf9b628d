import type { FeedbackText, ScreenFeedbackTextInput } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError, notFound } from '../../lib/errors';
import { FEEDBACK_TEXT_CONTEXT } from './feedback-answers';

interface TextRow {
  id: string;
  service_type: string;
  period_month: string | Date;
  free_text_status: 'pending' | 'cleared' | 'redacted';
  free_text_sealed: string;
  redacted_text_sealed: string | null;
}

const monthOf = (value: string | Date) =>
  (typeof value === 'string' ? value : value.toISOString()).slice(0, 7);

/**
 * Free text of the agency's feedback. "pending": the screening queue — the words as written, for a reviewer
 * to clear or redact (the read is audited). "screened": what may be read and quoted — cleared text as written,
 * redacted text as the redaction. Newest months first; at most 200.
 */
export async function listFeedbackTexts(
  ctx: RequestContext,
  status: 'pending' | 'screened',
): Promise<{ items: FeedbackText[] }> {
  authorize(ctx, 'feedback.review');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const rows = await queryRows<TextRow>(
      tx,
      sql`select id, service_type, period_month, free_text_status, free_text_sealed, redacted_text_sealed
          from feedback_responses
          where agency_id = ${actor.agencyId}
            and ${status === 'pending' ? sql`free_text_status = 'pending'` : sql`free_text_status in ('cleared', 'redacted')`}
          order by period_month desc, id limit 200`,
    );
    await recordAudit(tx, ctx, { action: 'feedback.text_view', details: { status, count: rows.length } });
    return {
      items: rows.map((row) => ({
        id: row.id,
        serviceType: row.service_type,
        month: monthOf(row.period_month),
        status: row.free_text_status,
        text: ctx.secrets.open(
          row.free_text_status === 'redacted' && row.redacted_text_sealed
            ? row.redacted_text_sealed
            : row.free_text_sealed,
          FEEDBACK_TEXT_CONTEXT,
        ),
      })),
    };
  });
}

/** Clears a pending free text as written, or replaces it with a redaction without identifying details. */
export async function screenFeedbackText(
  ctx: RequestContext,
  id: string,
  input: ScreenFeedbackTextInput,
): Promise<void> {
  authorize(ctx, 'feedback.review');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.decision === 'redacted' && !input.redaction)
    throw new AppError(400, 'validation', {}, [
      { field: 'redaction', code: 'feedback_redaction_required', message: '' },
    ]);
  await ctx.transaction(async (tx) => {
    const [row] = await queryRows<{ free_text_status: string }>(
      tx,
      sql`select free_text_status from feedback_responses
          where id = ${id} and agency_id = ${actor.agencyId} for update`,
    );
    if (!row || row.free_text_status === 'none') throw notFound();
    if (row.free_text_status !== 'pending') throw new AppError(409, 'feedback.no_pending_text');
    const redaction =
      input.decision === 'redacted'
        ? ctx.secrets.seal(input.redaction as string, FEEDBACK_TEXT_CONTEXT)
        : null;
    await tx.execute(sql`
      update feedback_responses set free_text_status = ${input.decision}, redacted_text_sealed = ${redaction}
      where id = ${id}`);
    // The row's id is random and carries no time: naming it links the screening to nothing outside.
    await recordAudit(tx, ctx, {
      action: 'feedback.text_screen',
      details: { decision: input.decision, response: id },
    });
  });
}

import { type DeviceFeedbackInput, feedbackInstrument } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { verifyPassword } from '../../auth/passwords';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { countHit, isUsedUp, type RateLimit } from '../../db/rate-limits';
import { AppError } from '../../lib/errors';
import { checkedAnswers, freeTextOf, sealFreeText } from './feedback-answers';

/**
 * Survivor mode: the worker hands their signed-in device over, the person answers, and the answer is stored
 * under the worker's agency with the service the worker chose — as the code path stores it: a random id, the
 * month, the answers. The worker's session writes the row but cannot read it back (row-level security lets
 * only feedback.review read answers), and the audit event names neither the row nor the service.
 */
export async function submitDeviceFeedback(ctx: RequestContext, input: DeviceFeedbackInput): Promise<void> {
  authorize(ctx, 'feedback.collect');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const answers = checkedAnswers(input.answers);
  const text = freeTextOf(input.freeText);
  await ctx.transaction(async (tx) => {
    await tx.execute(sql`
      insert into feedback_responses (agency_id, service_type, period_month, instrument_id, instrument_version,
        answers, free_text_sealed, free_text_status)
      values (${actor.agencyId}, ${input.serviceType},
        date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')::date, ${feedbackInstrument.id},
        ${feedbackInstrument.version}, ${JSON.stringify(answers)}::jsonb, ${sealFreeText(ctx, text)},
        ${text === null ? 'none' : 'pending'})`);
    await recordAudit(tx, ctx, { action: 'feedback.submit', details: { channel: 'device' } });
  });
}

/** Wrong passwords on a device left in survivor mode: five, then a quarter of an hour's wait. */
const EXIT_FAILURES: RateLimit = {
  scope: 'feedback.survivor_mode_exit',
  limit: 5,
  windowSeconds: 15 * 60,
  window: 'quiet',
};

/**
 * Leaving survivor mode takes the worker's password again, so the person holding the device cannot reach
 * the case files behind the survey. Failures are counted (and committed) per user.
 */
export async function exitSurvivorMode(ctx: RequestContext, password: string): Promise<void> {
  authorize(ctx, 'feedback.collect');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const outcome = await ctx.transaction(async (tx) => {
    // Refused before the password is checked once the failures are used up: a right guess then is no oracle.
    if (await isUsedUp(tx, EXIT_FAILURES, actor.userId)) return 'limited';
    const [user] = await queryRows<{ password_hash: string | null }>(
      tx,
      sql`select password_hash from users where id = ${actor.userId}`,
    );
    const right = await verifyPassword(user?.password_hash ?? null, password);
    if (!right) await countHit(tx, EXIT_FAILURES, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'feedback.survivor_mode_exit',
      outcome: right ? 'success' : 'failure',
    });
    return right ? 'ok' : 'wrong';
  });
  if (outcome === 'limited') throw new AppError(429, 'feedback.rate_limited');
  if (outcome === 'wrong')
    throw new AppError(400, 'validation', {}, [{ field: 'password', code: 'wrong_password', message: '' }]);
}

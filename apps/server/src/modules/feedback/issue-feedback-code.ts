import { formatCode, type IssuedFeedbackCode, type IssueFeedbackCodeInput } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { newId } from '../../lib/ids';
import { qrSvg } from '../../lib/qr-svg';
import { codeHash, newCode } from '../status-check/status-code';

/** How long a feedback code may wait to be used: long enough to answer at home, short enough to lapse. */
export const FEEDBACK_CODE_HOURS = 72;

/**
 * Issues a one-time feedback code for the worker to hand to a survivor (on paper, or as a QR code for the
 * person's own phone). The code names the agency and the service only — never the case or the person, so
 * the answer it brings in cannot be traced back through it either.
 */
export async function issueFeedbackCode(
  ctx: RequestContext,
  input: IssueFeedbackCodeInput,
  origin: string,
): Promise<IssuedFeedbackCode> {
  authorize(ctx, 'feedback.collect');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const code = newCode();
  const expiresAt = new Date(Date.now() + FEEDBACK_CODE_HOURS * 3_600_000);
  const id = newId();
  await ctx.transaction(async (tx) => {
    await tx.execute(sql`
      insert into feedback_codes (id, code_hash, agency_id, service_type, expires_at, created_by)
      values (${id}, ${codeHash(ctx, 'feedback', code)}, ${actor.agencyId}, ${input.serviceType},
        ${expiresAt.toISOString()}, ${actor.userId})`);
    await recordAudit(tx, ctx, {
      action: 'feedback.code_issue',
      resourceType: 'feedback_code',
      resourceId: id,
      details: { serviceType: input.serviceType },
    });
  });
  const link = `${origin}/survivor/feedback?code=${formatCode(code)}`;
  return {
    code: formatCode(code),
    link,
    qrSvg: await qrSvg(link),
    expiresAt: expiresAt.toISOString(),
    serviceType: input.serviceType,
  };
}

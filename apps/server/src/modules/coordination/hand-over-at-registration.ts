import type { SendReferralInput } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { cases } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { createReferral } from '../referrals/create-referral';
import { consentCovers, resolveRecipient } from '../referrals/referral-recipient';
import { configuredWindows } from '../referrals/referral-windows';

const refuse = (code: string) =>
  new AppError(400, 'validation', {}, [{ field: 'handOverTo.agencyId', code, message: '' }]);

/**
 * A case registered by an agency that does no case work (a border post, commune police) goes, in the
 * registration's transaction, to the agency that is to carry it: one transfer referral, the ownership path every
 * transfer takes (`lantern_take_over_case` on acceptance). The person's sharing consent recorded at registration
 * must cover that agency; otherwise the whole registration is refused with a field error, and the form keeps
 * what was entered.
 */
export async function handOverAtRegistration(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  agencyId: string,
): Promise<string> {
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const input: SendReferralInput = {
    kind: 'transfer',
    agencyId,
    // Verification and identification is what the receiving agency does first with a case handed over.
    services: ['vn.Verification'],
    urgency: 'high',
    reason: 'AdditionalServicesRequired',
    sections: [],
  };
  const recipient = await resolveRecipient(tx, input, actor.agencyId).catch(() => {
    throw refuse('invalid_value');
  });
  const [carrier] = await queryRows<{ carries_cases: boolean }>(
    tx,
    sql`select t.carries_cases from agencies a join agency_types t on t.code = a.type_code where a.id = ${agencyId}`,
  );
  if (!carrier?.carries_cases) throw refuse('does_not_carry_cases');
  if (!(await consentCovers(tx, caseId, recipient))) throw refuse('hand_over_not_consented');
  const [kase] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!kase) throw refuse('invalid_value');
  const windows = await configuredWindows(tx);
  return createReferral(tx, ctx, { kase, recipient, input, overridden: false, now: new Date(), windows });
}

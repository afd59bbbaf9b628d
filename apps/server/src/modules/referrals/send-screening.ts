import {
  type ReferralDetail,
  type ReferralUrgency,
  referralDeadlines,
  type SendScreeningInput,
} from '@lantern/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { actorProvince } from '../../access/case-policy';
import { authorize, scopeFor } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, referrals, screenings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, type FieldProblem, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { competentAgency } from './competent-agency';
import { notifyAgency } from './notify';
import { referralSealContext, selectReferrals, toReferralDetail } from './referral-view';
import { configuredWindows } from './referral-windows';

const problem = (field: string, code: string): FieldProblem => ({ field, code, message: '' });
type ScreeningRow = typeof screenings.$inferSelect;

/** The screening of the sender's agency (the same scope as reading it), or not found. */
export async function ownScreening(tx: Tx, ctx: RequestContext, id: string): Promise<ScreeningRow> {
  const [row] = await tx
    .select()
    .from(screenings)
    .where(and(scopeFor(ctx, 'screening'), eq(screenings.id, id)));
  if (!row) throw notFound();
  return row;
}

/** The province a screening was made in, else the screener's agency's. */
export async function screeningProvince(tx: Tx, screening: ScreeningRow): Promise<string> {
  return screening.provinceCode ?? (await actorProvince(tx)) ?? '00';
}

async function chosenAgency(tx: Tx, ctx: RequestContext, screening: ScreeningRow, agencyId?: string) {
  const agency =
    agencyId === undefined
      ? (await competentAgency(tx, await screeningProvince(tx, screening))).agency
      : (
          await tx
            .select({ id: agencies.id, name: agencies.name })
            .from(agencies)
            .where(and(eq(agencies.id, agencyId), isNull(agencies.disabledAt)))
        )[0];
  if (!agency)
    throw new AppError(400, 'validation', {}, [
      problem('agencyId', agencyId === undefined ? 'required' : 'invalid_value'),
    ]);
  // The screener's own agency is the province's receiving agency too: there is nobody to send it to; it
  // registers the case itself (the default is refused the same way as choosing oneself).
  if (agency.id === ctx.actor?.agencyId)
    throw new AppError(400, 'validation', {}, [problem('agencyId', 'sent_to_self')]);
  return agency;
}

function checkConsent(input: SendScreeningInput, now: Date): FieldProblem[] {
  if (!input.consent) return [problem('consent', 'required')];
  const at = new Date(input.consent.at).getTime();
  // A minute of grace for the device's clock.
  if (at > now.getTime() + 60_000) return [problem('consent.at', 'in_future')];
  return [];
}

/**
 * Sends an anonymous screening of the sender's agency to the agency that must act on it — the one chosen, or by
 * default the province's competent receiving agency — as a referral of kind `screening` in that agency's inbox.
 * Refused without the person's consent to pass it on. From here the recipient reads that one screening, and
 * nothing else of the sender's; a possible victim is urgent by default.
 */
export async function sendScreening(
  ctx: RequestContext,
  screeningId: string,
  input: SendScreeningInput,
): Promise<ReferralDetail> {
  authorize(ctx, 'screening.create', 'screening.read');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const now = new Date();
  return ctx.transaction(async (tx) => {
    const screening = await ownScreening(tx, ctx, screeningId);
    const problems = checkConsent(input, now);
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
    const consent = input.consent as NonNullable<SendScreeningInput['consent']>;
    const agency = await chosenAgency(tx, ctx, screening, input.agencyId);
    const [open] = await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          eq(referrals.screeningId, screeningId),
          inArray(referrals.status, ['sent', 'accepted', 'in_progress']),
        ),
      );
    if (open) throw new AppError(409, 'handoff.already_sent');
    const urgency: ReferralUrgency =
      input.urgency ?? (screening.outcome === 'possible-victim' ? 'urgent' : 'normal');
    const id = newId();
    await tx.insert(referrals).values({
      id,
      kind: 'screening',
      screeningId,
      screeningConsentBy: consent.givenBy,
      screeningConsentMethod: consent.method,
      screeningConsentAt: new Date(consent.at),
      fromAgencyId: actor.agencyId,
      toAgencyId: agency.id,
      services: [],
      urgency,
      reason: 'AdditionalServicesRequired',
      messageSealed:
        input.message === undefined
          ? null
          : ctx.secrets.seal(input.message, referralSealContext(id, 'message')),
      sentBy: actor.userId,
      ...referralDeadlines(urgency, now, undefined, await configuredWindows(tx)),
      createdAt: now,
      updatedAt: now,
    });
    const told = await notifyAgency(tx, agency.id, 'referral.respond', 'screening_received', {
      referralId: id,
      screeningId,
      urgency,
      toAgencyName: agency.name,
    });
    await recordAudit(tx, ctx, {
      action: 'referral.send_screening',
      resourceType: 'referral',
      resourceId: id,
      details: { screeningId, toAgencyId: agency.id, urgency, consentBy: consent.givenBy, notified: told },
    });
    const [found] = await selectReferrals(tx, eq(referrals.id, id));
    return toReferralDetail(tx, ctx, found as NonNullable<typeof found>, []);
  });
}

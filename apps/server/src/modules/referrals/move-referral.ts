import {
  actionSide,
  isKnownCode,
  isOpenReferral,
  nextReferralStatus,
  type ReferralAction,
  type ReferralDetail,
} from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { addCaseEvent } from '../case-work/case-in-work';
import { notifyAgency, notifyUsers } from './notify';
import {
  type ReferralRow,
  referralSealContext,
  selectReferrals,
  sideFor,
  sideOf,
  toReferralDetail,
} from './referral-view';

/** Answering needs referral.respond, except off-system, where the sender (referral.create) records the answers. */
const referralWorkers = ['referral.respond', 'referral.create'] as const;

import { servicesNotListed } from './create-referral';

export type MoveInput =
  | { action: 'accept' | 'start' }
  | { action: 'decline'; reason: string; note?: string | undefined }
  | { action: 'complete'; outcome: string; note?: string | undefined }
  | { action: 'revoke'; note?: string | undefined };

function checkCodes(input: MoveInput): void {
  const field =
    input.action === 'decline'
      ? { name: 'reason', ok: isKnownCode('vn-referral-decline-reason', input.reason) }
      : input.action === 'complete'
        ? { name: 'outcome', ok: isKnownCode('vn-service-outcome', input.outcome) }
        : null;
  if (field && !field.ok)
    throw new AppError(400, 'validation', {}, [{ field: field.name, code: 'invalid_value', message: '' }]);
}

/**
 * Accepting a transfer makes the recipient's agency the owner: the one change to another agency's case a
 * request may make, through the database function that allows exactly it (lantern_take_over_case).
 */
async function takeOverCase(tx: Tx, ctx: RequestContext, referral: ReferralRow): Promise<void> {
  if (!can(ctx, 'case.update')) throw new AppError(403, 'forbidden');
  await tx.execute(sql`select lantern_take_over_case(${referral.id}::uuid)`);
  await recordAudit(tx, ctx, {
    action: 'case.transfer',
    resourceType: 'case',
    resourceId: referral.caseId ?? undefined,
    details: { referral: referral.id, fromAgencyId: referral.fromAgencyId, toAgencyId: referral.toAgencyId },
  });
}

/** Why an action cannot be taken now, in words the user can act on. */
function refusal(row: ReferralRow, action: ReferralAction): AppError {
  if (row.status === 'revoked') return new AppError(409, 'referral.revoked');
  if (row.status === 'expired') return new AppError(409, 'referral.expired');
  if ((action === 'accept' || action === 'decline') && row.status !== 'sent')
    return new AppError(409, 'referral.already_answered');
  return new AppError(409, 'referral.not_allowed');
}

function changesFor(
  input: MoveInput,
  row: ReferralRow,
  ctx: RequestContext,
  now: Date,
): Partial<ReferralRow> {
  const userId = ctx.actor?.userId ?? null;
  const seal = (note: string | undefined, field: 'decline' | 'outcome' | 'revoke') =>
    note === undefined ? null : ctx.secrets.seal(note, referralSealContext(row.id, field));
  const closed = { closedAt: now, closedBy: userId };
  switch (input.action) {
    case 'accept':
      // Lateness counts afresh for the work: an escalation for a late answer is not one for late delivery.
      return { answeredAt: now, answeredBy: userId, escalationLevel: 0 };
    case 'start':
      return {};
    case 'decline':
      return {
        answeredAt: now,
        answeredBy: userId,
        declineReason: input.reason,
        declineNoteSealed: seal(input.note, 'decline'),
        ...closed,
      };
    case 'complete':
      return { outcome: input.outcome, outcomeNoteSealed: seal(input.note, 'outcome'), ...closed };
    case 'revoke':
      return { endedBecause: 'sender', revokeNoteSealed: seal(input.note, 'revoke'), ...closed };
  }
}

/**
 * One step of a referral's life by one of its two agencies: the recipient accepts, declines (with a reason),
 * starts and completes (with the outcome); the sender revokes. The row is locked first, so of two users
 * answering at once one wins and the other is told it was already answered. The case's timeline records the
 * step while the recipient can still see the case; the other side is told in-app.
 */
export async function moveReferral(
  ctx: RequestContext,
  id: string,
  input: MoveInput,
): Promise<ReferralDetail> {
  authorize(ctx, ...(actionSide[input.action] === 'sender' ? ['referral.create' as const] : referralWorkers));
  checkCodes(input);
  return ctx.transaction(async (tx) => {
    const [locked] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
    if (!locked) throw notFound();
    const readerSide = sideOf(ctx, locked);
    if (readerSide === null) throw notFound();
    const side = sideFor(locked, input.action);
    if (readerSide !== side || !can(ctx, side === 'sender' ? 'referral.create' : 'referral.respond'))
      throw new AppError(403, 'forbidden');
    const next = nextReferralStatus(locked.status, input.action, locked.kind);
    if (next === null) throw refusal(locked, input.action);
    const now = new Date();
    // A screening referral has no case yet, so no timeline to write on.
    if (locked.caseId !== null)
      await addCaseEvent(tx, ctx, locked.caseId, `referral.${input.action}`, {
        referral: id,
        agencyId: side === 'sender' ? locked.toAgencyId : locked.fromAgencyId,
        ...(input.action === 'decline' ? { reason: input.reason } : {}),
        ...(input.action === 'complete' ? { outcome: input.outcome } : {}),
      });
    const transferred = locked.kind === 'transfer' && input.action === 'accept';
    if (transferred) await takeOverCase(tx, ctx, locked);
    await tx
      .update(referrals)
      .set({
        status: next,
        updatedAt: now,
        ...changesFor(input, locked, ctx, now),
        ...(transferred ? { closedAt: now, closedBy: ctx.actor?.userId ?? null } : {}),
      })
      .where(eq(referrals.id, id));
    const [found] = await selectReferrals(tx, eq(referrals.id, id));
    const named = found as NonNullable<typeof found>;
    const about = {
      referralId: id,
      caseId: locked.caseId,
      caseCode: locked.caseCode,
      screeningId: locked.screeningId,
      fromAgencyName: named.fromName,
      toAgencyName: named.toName ?? locked.externalOrg,
      status: next,
    };
    // Off-system, the sender records the organisation's answers itself: nobody else to tell.
    const told =
      locked.toAgencyId === null
        ? 0
        : side === 'recipient'
          ? await notifyUsers(tx, [locked.sentBy], 'referral_answered', about)
          : await notifyAgency(tx, locked.toAgencyId, 'referral.respond', 'referral_revoked', about);
    await recordAudit(tx, ctx, {
      action: `referral.${input.action}`,
      resourceType: 'referral',
      resourceId: id,
      details: { caseId: locked.caseId, from: locked.status, to: next, notified: told },
    });
    const missing =
      isOpenReferral(next) && locked.toAgencyId !== null
        ? await servicesNotListed(tx, locked.toAgencyId, locked.services)
        : [];
    return toReferralDetail(tx, ctx, named, missing);
  });
}

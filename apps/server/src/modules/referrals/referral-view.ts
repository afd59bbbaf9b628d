import {
  actionSide,
  availableReferralActions,
  isOverdue,
  type Referral,
  type ReferralAction,
  type ReferralDetail,
  type ReferralSection,
} from '@lantern/domain';
import { eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import type { TotalColumn } from '../../db/bounded-count';
import { agencies, referrals, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { iso, personRef, staffNames } from '../case-work/case-in-work';

export type ReferralRow = typeof referrals.$inferSelect;
export type SealedField = 'message' | 'override' | 'decline' | 'outcome' | 'revoke' | 'contact';

/** The seal of a referral's free text is bound to the referral and the field it was written in. */
export const referralSealContext = (id: string, field: SealedField) => `referral:${id}:${field}`;

const fromAgency = alias(agencies, 'from_agency');
const toAgency = alias(agencies, 'to_agency');
const sentByUser = alias(users, 'sent_by_user');
const answeredByUser = alias(users, 'answered_by_user');

export interface ReferralWithNames {
  row: ReferralRow;
  fromName: string;
  toName: string | null;
}

/** Referrals with their agencies' names, under the caller's filter (row-level security shows both sides only). */
export function selectReferrals(tx: Tx, where: SQL | undefined) {
  return tx
    .select({ row: referrals, fromName: fromAgency.name, toName: toAgency.name })
    .from(referrals)
    .innerJoin(fromAgency, eq(fromAgency.id, referrals.fromAgencyId))
    .leftJoin(toAgency, eq(toAgency.id, referrals.toAgencyId))
    .where(where);
}

/**
 * `selectReferrals` for a list page: with the list's bounded total and the staff's names as columns, so that a
 * page, its total and the names come back in one statement.
 */
export function selectCountedReferrals(tx: Tx, where: SQL | undefined, total: TotalColumn) {
  return tx
    .select({
      row: referrals,
      fromName: fromAgency.name,
      toName: toAgency.name,
      sentByName: sentByUser.displayName,
      answeredByName: answeredByUser.displayName,
      listTotal: total,
    })
    .from(referrals)
    .innerJoin(fromAgency, eq(fromAgency.id, referrals.fromAgencyId))
    .leftJoin(toAgency, eq(toAgency.id, referrals.toAgencyId))
    .leftJoin(sentByUser, eq(sentByUser.id, referrals.sentBy))
    .leftJoin(answeredByUser, eq(answeredByUser.id, referrals.answeredBy))
    .where(where);
}

/** The names a counted page brought, for `toReferralViews` (a name the caller may not read stays unknown). */
export function namesOnPage(
  rows: ReadonlyArray<{ row: ReferralRow; sentByName: string | null; answeredByName: string | null }>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const { row, sentByName, answeredByName } of rows) {
    if (sentByName !== null) names.set(row.sentBy, sentByName);
    if (row.answeredBy !== null && answeredByName !== null) names.set(row.answeredBy, answeredByName);
  }
  return names;
}

/**
 * Who takes an action on this referral: the recipient answers and works, the sender revokes — and for an
 * organisation outside Lantern the sender records every answer itself.
 */
export function sideFor(
  row: Pick<ReferralRow, 'toAgencyId'>,
  action: ReferralAction,
): 'sender' | 'recipient' {
  return row.toAgencyId === null ? 'sender' : actionSide[action];
}

/** The sender revokes (referral.create); the recipient answers and works (referral.respond). */
export function sideOf(ctx: RequestContext, row: ReferralRow): 'sender' | 'recipient' | null {
  const agencyId = ctx.actor?.agencyId;
  if (agencyId === row.fromAgencyId) return 'sender';
  if (agencyId === row.toAgencyId) return 'recipient';
  return null;
}

function readerActions(ctx: RequestContext, row: ReferralRow) {
  const side = sideOf(ctx, row);
  if (!side) return [];
  if (side === 'sender' && !can(ctx, 'referral.create')) return [];
  if (side === 'recipient' && !can(ctx, 'referral.respond')) return [];
  if (row.toAgencyId === null)
    return side === 'sender'
      ? [
          ...availableReferralActions(row.status, 'recipient'),
          ...availableReferralActions(row.status, 'sender'),
        ]
      : [];
  return availableReferralActions(row.status, side, row.kind);
}

export async function toReferralViews(
  tx: Tx,
  ctx: RequestContext,
  found: ReferralWithNames[],
  now = new Date(),
  /** Staff names the caller already holds (all of them, else they are read). */
  known?: Map<string, string>,
): Promise<Referral[]> {
  const staff = found.flatMap(({ row }) => [row.sentBy, row.answeredBy]);
  const names =
    known && staff.every((id) => id === null || known.has(id)) ? known : await staffNames(tx, staff);
  return found.map(({ row, fromName, toName }) => ({
    id: row.id,
    caseId: row.caseId,
    caseCode: row.caseCode,
    screeningId: row.screeningId,
    direction: ctx.actor?.agencyId === row.toAgencyId ? 'incoming' : 'outgoing',
    kind: row.kind,
    from: { id: row.fromAgencyId, name: fromName },
    to: { id: row.toAgencyId, name: toName ?? row.externalOrg ?? '' },
    offSystem: row.toAgencyId === null,
    services: row.services,
    urgency: row.urgency,
    reason: row.reason,
    sections: row.sections as ReferralSection[],
    status: row.status,
    endedBecause: row.endedBecause ?? null,
    consentOverridden: row.consentOverridden,
    sentAt: row.createdAt.toISOString(),
    sentBy: personRef(names, row.sentBy),
    respondBy: row.respondBy.toISOString(),
    completeBy: row.completeBy.toISOString(),
    answeredAt: iso(row.answeredAt),
    answeredBy: row.answeredBy ? personRef(names, row.answeredBy) : null,
    declineReason: row.declineReason,
    outcome: row.outcome,
    closedAt: iso(row.closedAt),
    overdue: isOverdue({ ...row, sentAt: row.createdAt }, now),
    escalationLevel: row.escalationLevel,
    // The recipient is not told that another agency declined the person first (nor given that referral's id).
    reroutedFrom: ctx.actor?.agencyId === row.fromAgencyId ? (row.reroutedFrom ?? null) : null,
    actions: readerActions(ctx, row),
  }));
}

/** The referral in full for one of its two agencies; the caller audits the opening of its words. */
export async function toReferralDetail(
  tx: Tx,
  ctx: RequestContext,
  found: ReferralWithNames,
  servicesNotListed: string[],
  reroutedTo: string | null = null,
  knownNames?: Map<string, string>,
): Promise<ReferralDetail> {
  const [view] = await toReferralViews(tx, ctx, [found], new Date(), knownNames);
  const { row } = found;
  const open = (sealed: string | null, field: SealedField) =>
    sealed === null ? null : ctx.secrets.open(sealed, referralSealContext(row.id, field));
  return {
    ...(view as Referral),
    message: open(row.messageSealed, 'message'),
    declineNote: open(row.declineNoteSealed, 'decline'),
    outcomeNote: open(row.outcomeNoteSealed, 'outcome'),
    revokeNote: open(row.revokeNoteSealed, 'revoke'),
    externalOrgType: row.externalOrgType,
    externalContact: open(row.externalContactSealed, 'contact'),
    servicesNotListed,
    reroutedTo,
  };
}

/** Whether a detail opened any sealed words (then its reading is audited). */
export function hasWords(row: ReferralRow): boolean {
  return [
    row.messageSealed,
    row.declineNoteSealed,
    row.outcomeNoteSealed,
    row.revokeNoteSealed,
    row.externalContactSealed,
  ].some((value) => value !== null);
}

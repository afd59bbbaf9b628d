import type { ReferralSection } from '@lantern/domain';
import { and, eq, inArray } from 'drizzle-orm';
import {
  type CaseAccess,
  type CaseReach,
  caseScope,
  mayViewIdentity,
  reachTo,
} from '../../access/case-policy';
import type { RequestContext } from '../../context/request-context';
import { caseEvents, cases, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';

export type CaseRow = typeof cases.$inferSelect;
export type EventDetails = Record<string, string | number | boolean | null>;
export interface PersonRef {
  id: string;
  displayName: string;
}

/**
 * Every case-work route starts here: the case must be one the actor may know exists (the same predicate
 * as the row-level security policy), otherwise it is simply not found.
 */
export async function visibleCase(tx: Tx, ctx: RequestContext, id: string): Promise<CaseRow> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(caseScope(ctx), eq(cases.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function caseWithAccess(
  tx: Tx,
  ctx: RequestContext,
  id: string,
): Promise<{ row: CaseRow; access: CaseAccess; reach: CaseReach; identity: boolean }> {
  const row = await visibleCase(tx, ctx, id);
  const reach = await reachTo(tx, ctx, row);
  return { row, access: reach.access, reach, identity: mayViewIdentity(ctx, reach) };
}

/**
 * The working record (tasks, attachments) is for those who work on the case: its agency, an agency it was
 * shared with, or break-the-glass; an agency reached through a referral only for the section the sender
 * opened (attachments; never the owner's task list). A provincial coordinator or the registering screener
 * sees the summary only.
 */
export function isWorkingAccess(reach: CaseReach, section?: ReferralSection): boolean {
  if (reach.access === 'referral') return section !== undefined && reach.sections.has(section);
  return reach.access !== 'province' && reach.access !== 'registrant';
}

export async function caseForWork(tx: Tx, ctx: RequestContext, id: string, section?: ReferralSection) {
  const found = await caseWithAccess(tx, ctx, id);
  if (!isWorkingAccess(found.reach, section)) throw new AppError(403, 'forbidden');
  return found;
}

/**
 * Narratives and documents name people: only for those who may see the case's identifying data, and for an
 * agency reached through a referral only when the sender opened that section too.
 */
export async function caseForIdentity(tx: Tx, ctx: RequestContext, id: string, section?: ReferralSection) {
  const found = await caseWithAccess(tx, ctx, id);
  if (!found.identity) throw new AppError(403, 'forbidden');
  if (found.access === 'referral' && (section === undefined || !found.reach.sections.has(section)))
    throw new AppError(403, 'forbidden');
  return found;
}

/**
 * Changes are made by the owning agency only. Anyone else — even an agency the case is shared with — is
 * told the case does not exist, so a write never confirms what a read would not.
 */
export async function ownedCase(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CaseRow> {
  const query = tx
    .select()
    .from(cases)
    .where(and(caseScope(ctx), eq(cases.id, id)));
  // FOR UPDATE needs the update policy (case.update); support staff add notes and tasks without it.
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || row.ownerAgencyId !== ctx.actor?.agencyId) throw notFound();
  return row;
}

/** One line on the case's timeline; codes and ids only (free text goes in sealed, as `…Sealed`). */
export async function addCaseEvent(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  kind: string,
  details: EventDetails,
): Promise<void> {
  await tx.insert(caseEvents).values({
    id: newId(),
    caseId,
    actorUserId: ctx.actor?.userId ?? null,
    kind,
    details,
  });
}

/** Display names of staff (users are not personal data of victims). */
export async function staffNames(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export function personRef(names: Map<string, string>, id: string): PersonRef {
  return { id, displayName: names.get(id) ?? '' };
}

export const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

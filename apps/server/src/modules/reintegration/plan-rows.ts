import type { LivelihoodView, PlanItemStatus, PlanItemView, ReintegrationDomain } from '@lantern/domain';
import { asc, desc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { livelihoodOutcomes, reintegrationPlanItems } from '../../db/schema';
import type { Tx } from '../../db/types';
import { personRef, staffNames } from '../case-work/case-in-work';
import { agencyNames } from '../support/support-rows';

export type PlanItemRow = typeof reintegrationPlanItems.$inferSelect;
export type LivelihoodRow = typeof livelihoodOutcomes.$inferSelect;

/** The outcome note is sealed under its row's id, so a sealed value copied to another item fails to open. */
export const outcomeNoteContext = (itemId: string) => `reintegration-plan-item:${itemId}`;

/** The note says how the support went for this person: opened only for a reader of identifying data. */
export function toPlanItemView(
  ctx: RequestContext,
  row: PlanItemRow,
  agencies: Map<string, string>,
  identity: boolean,
): PlanItemView {
  return {
    id: row.id,
    domain: row.domain as ReintegrationDomain,
    supportType: row.supportType,
    agency: { id: row.agencyId, name: agencies.get(row.agencyId) ?? '' },
    targetOn: row.targetOn,
    status: row.status as PlanItemStatus,
    outcomeNote:
      identity && row.outcomeNoteSealed
        ? ctx.secrets.open(row.outcomeNoteSealed, outcomeNoteContext(row.id))
        : null,
    hasOutcomeNote: row.outcomeNoteSealed !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toLivelihoodView(
  row: LivelihoodRow,
  staff: Map<string, string>,
  visitMonths: Map<string, number>,
): LivelihoodView {
  return {
    id: row.id,
    visitId: row.visitId,
    visitMonths: row.visitId ? (visitMonths.get(row.visitId) ?? null) : null,
    recordedOn: row.recordedOn,
    employmentStatus: row.employmentStatus,
    incomeBand: row.incomeBand,
    loanStatus: row.loanStatus,
    recordedBy: personRef(staff, row.recordedBy),
  };
}

/** The plan by target day and the livelihood history newest first: two statements, bounded by one case. */
export async function readPlanAndLivelihood(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  identity: boolean,
  visitMonths: Map<string, number>,
): Promise<{ planItems: PlanItemView[]; livelihood: LivelihoodView[] }> {
  const items = await tx
    .select()
    .from(reintegrationPlanItems)
    .where(eq(reintegrationPlanItems.caseId, caseId))
    .orderBy(asc(reintegrationPlanItems.targetOn), asc(reintegrationPlanItems.createdAt));
  const outcomes = await tx
    .select()
    .from(livelihoodOutcomes)
    .where(eq(livelihoodOutcomes.caseId, caseId))
    .orderBy(desc(livelihoodOutcomes.recordedOn), desc(livelihoodOutcomes.createdAt));
  const agencies = await agencyNames(
    tx,
    items.map((item) => item.agencyId),
  );
  const staff = await staffNames(
    tx,
    outcomes.map((outcome) => outcome.recordedBy),
  );
  return {
    planItems: items.map((item) => toPlanItemView(ctx, item, agencies, identity)),
    livelihood: outcomes.map((outcome) => toLivelihoodView(outcome, staff, visitMonths)),
  };
}

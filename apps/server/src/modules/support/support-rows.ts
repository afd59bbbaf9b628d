import type {
  ApprovalView,
  DeliveryView,
  PlanStatus,
  SupportPlanView,
  SupportRateView,
} from '@lantern/domain';
import { inArray } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import {
  agencies,
  type supportApprovals,
  type supportDeliveries,
  type supportPlans,
  type supportRates,
} from '../../db/schema';
import type { Tx } from '../../db/types';
import { iso, personRef } from '../case-work/case-in-work';

export type RateRow = typeof supportRates.$inferSelect;
export type PlanRow = typeof supportPlans.$inferSelect;
export type DeliveryRow = typeof supportDeliveries.$inferSelect;
export type ApprovalRow = typeof supportApprovals.$inferSelect;

// Sealing contexts bind each sealed text to its row, so a value copied to another row fails to open.
export const planObjectivesContext = (planId: string) => `support-plan:${planId}`;
export const plannedServiceContext = (planId: string, index: number) =>
  `support-plan:${planId}:service:${index}`;
export const deliveryNoteContext = (deliveryId: string) => `support-delivery:${deliveryId}`;
export const approvalReasonContext = (approvalId: string) => `support-approval:${approvalId}`;

export function toRateView(row: RateRow): SupportRateView {
  return {
    id: row.id,
    regime: row.regime,
    amountVnd: row.amountVnd,
    ceilingVnd: row.ceilingVnd,
    unit: row.unit,
    effectiveFrom: row.effectiveFrom,
    effectiveUntil: row.effectiveUntil,
    legalBasis: row.legalBasis,
    example: row.example,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Names of the agencies rows refer to (agencies are not personal data). */
export async function agencyNames(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

const agencyRef = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });

/** Objectives and notes name people: opened only for a reader of the case's identifying data. */
export function toPlanView(
  ctx: RequestContext,
  row: PlanRow,
  staff: Map<string, string>,
  agencyNamesById: Map<string, string>,
  identity: boolean,
): SupportPlanView {
  return {
    id: row.id,
    planType: row.planType,
    objectives: identity ? ctx.secrets.open(row.objectivesSealed, planObjectivesContext(row.id)) : null,
    services: row.services.map((service, index) => ({
      regime: service.regime,
      agency: service.agencyId ? agencyRef(agencyNamesById, service.agencyId) : null,
      referralId: service.referralId,
      note:
        identity && service.noteSealed
          ? ctx.secrets.open(service.noteSealed, plannedServiceContext(row.id, index))
          : null,
    })),
    startOn: row.startOn,
    plannedEndOn: row.plannedEndOn,
    reviewOn: row.reviewOn,
    actualEndOn: row.actualEndOn,
    status: row.status as PlanStatus,
    createdBy: personRef(staff, row.createdBy),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDeliveryView(
  ctx: RequestContext,
  row: DeliveryRow,
  staff: Map<string, string>,
  agencyNamesById: Map<string, string>,
  identity: boolean,
  correctedBy: string | null,
  evidence: readonly string[] = [],
): DeliveryView {
  return {
    id: row.id,
    regime: row.regime,
    planId: row.planId,
    deliveredOn: row.deliveredOn,
    agency: agencyRef(agencyNamesById, row.agencyId),
    recordedBy: personRef(staff, row.recordedBy),
    quantity: row.quantity,
    amountVnd: row.amountVnd,
    note: identity && row.noteSealed ? ctx.secrets.open(row.noteSealed, deliveryNoteContext(row.id)) : null,
    status: row.status,
    correctsId: row.correctsId,
    correctedBy,
    evidence: [...evidence],
    createdAt: row.createdAt.toISOString(),
  };
}

export function toApprovalView(
  ctx: RequestContext,
  row: ApprovalRow,
  facts: { caseCode: string; regime: string | null; amountVnd: number | null },
  staff: Map<string, string>,
  identity: boolean,
): ApprovalView {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseCode: facts.caseCode,
    deliveryId: row.deliveryId,
    planId: row.planId,
    regime: facts.regime,
    amountVnd: facts.amountVnd,
    status: row.status,
    requestedBy: personRef(staff, row.requestedBy),
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy ? personRef(staff, row.decidedBy) : null,
    decidedAt: iso(row.decidedAt),
    reason:
      identity && row.reasonSealed ? ctx.secrets.open(row.reasonSealed, approvalReasonContext(row.id)) : null,
  };
}

/**
 * The deliveries that count in the totals: approved money and recorded services, an entry replaced by an
 * approved correction left out (the correction counts instead). Answers, per delivery id, the approved
 * correction that replaced it.
 */
export function correctionsApplied(rows: readonly DeliveryRow[]): {
  counted: DeliveryRow[];
  replacedBy: Map<string, string>;
} {
  const replacedBy = new Map<string, string>();
  for (const row of rows)
    if (row.correctsId && row.status === 'approved') replacedBy.set(row.correctsId, row.id);
  const counted = rows.filter(
    (row) => (row.status === 'approved' || row.status === 'recorded') && !replacedBy.has(row.id),
  );
  return { counted, replacedBy };
}

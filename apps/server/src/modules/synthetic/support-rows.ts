import type { SyntheticRegistration } from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';
import { approvalReasonContext, deliveryNoteContext, planObjectivesContext } from '../support/support-rows';
import type { GridAgency } from './agency-grid';
import { seedId } from './seed-ids';

type Row = Record<string, unknown>;

export interface SupportRows {
  plans: Row[];
  deliveries: Row[];
  approvals: Row[];
  events: Row[];
}

/**
 * An identified victim's support as the API stores it: the plan (objectives sealed), each delivery (money's note
 * sealed; status from its approval), the supervisor's approvals (never the requester: the database's two-person
 * rule) with a rejection's reason sealed, a plan closed with the case through an approved closure request, and
 * the timeline lines each step writes. The owning agency's registrant asks; its first supervisor decides, and
 * where the agency has none, requests wait.
 */
export function supportRows(
  seed: number,
  keys: KeyRing,
  registration: SyntheticRegistration,
  context: { caseId: string; agency: GridAgency; registrant: string },
): SupportRows {
  const rows: SupportRows = { plans: [], deliveries: [], approvals: [], events: [] };
  const support = registration.support;
  if (!support) return rows;
  const i = registration.index;
  const { caseId, agency, registrant } = context;
  const decider = agency.supervisorIds.find((id) => id !== registrant);
  const event = (at: string, actor: string, kind: string, details: Row) =>
    rows.events.push({
      id: seedId(seed, `support-event:${i}:${rows.events.length}`, at),
      case_id: caseId,
      at,
      actor_user_id: actor,
      kind,
      details,
    });
  const planId = seedId(seed, `support-plan:${i}`, support.createdAt);
  const closure = decider ? support.closure : undefined;
  rows.plans.push({
    id: planId,
    case_id: caseId,
    plan_type: support.planType,
    objectives_sealed: keys.seal(support.objectives, planObjectivesContext(planId)),
    services: support.regimes.map((regime) => ({
      regime,
      agencyId: agency.id,
      referralId: null,
      noteSealed: null,
    })),
    start_on: support.startOn,
    planned_end_on: support.plannedEndOn,
    review_on: support.reviewOn,
    actual_end_on: closure?.endOn ?? null,
    status: closure ? 'closed' : 'active',
    created_by: registrant,
    created_at: support.createdAt,
    updated_at: closure?.decidedAt ?? support.createdAt,
  });
  event(support.createdAt, registrant, 'support.plan_created', { plan: planId, planType: support.planType });
  for (const [k, delivery] of support.deliveries.entries()) {
    const id = seedId(seed, `support-delivery:${i}:${k}`, delivery.at);
    const money = delivery.amountVnd !== undefined;
    const approval = money ? delivery.approval : undefined;
    // Without a supervisor to decide, a request stays pending.
    const status = !money
      ? 'recorded'
      : !approval
        ? 'draft'
        : decider && approval.decidedAt
          ? approval.status
          : 'pending';
    rows.deliveries.push({
      id,
      case_id: caseId,
      plan_id: planId,
      regime: delivery.regime,
      delivered_on: delivery.deliveredOn,
      agency_id: agency.id,
      recorded_by: registrant,
      quantity: delivery.quantity,
      amount_vnd: delivery.amountVnd ?? null,
      note_sealed: delivery.note ? keys.seal(delivery.note, deliveryNoteContext(id)) : null,
      status,
      created_at: delivery.at,
      updated_at: approval?.decidedAt ?? approval?.requestedAt ?? delivery.at,
    });
    event(delivery.at, registrant, 'support.delivery_recorded', {
      delivery: id,
      regime: delivery.regime,
      money,
      corrects: null,
    });
    if (!approval) continue;
    const approvalId = seedId(seed, `support-approval:${i}:${k}`, approval.requestedAt);
    const decided = status === 'approved' || status === 'rejected';
    rows.approvals.push({
      id: approvalId,
      case_id: caseId,
      agency_id: agency.id,
      kind: 'delivery',
      delivery_id: id,
      plan_id: null,
      status: decided ? status : 'pending',
      requested_by: registrant,
      requested_at: approval.requestedAt,
      decided_by: decided ? decider : null,
      decided_at: decided ? approval.decidedAt : null,
      reason_sealed:
        decided && approval.reason ? keys.seal(approval.reason, approvalReasonContext(approvalId)) : null,
    });
    event(approval.requestedAt, registrant, 'support.approval_requested', {
      approval: approvalId,
      kind: 'delivery',
    });
    if (decided)
      event(approval.decidedAt as string, decider as string, `support.${status}`, {
        approval: approvalId,
        kind: 'delivery',
      });
  }
  if (closure && decider) {
    const approvalId = seedId(seed, `support-closure:${i}`, closure.requestedAt);
    rows.approvals.push({
      id: approvalId,
      case_id: caseId,
      agency_id: agency.id,
      kind: 'plan_closure',
      delivery_id: null,
      plan_id: planId,
      status: 'approved',
      requested_by: registrant,
      requested_at: closure.requestedAt,
      decided_by: decider,
      decided_at: closure.decidedAt,
      reason_sealed: null,
    });
    event(closure.requestedAt, registrant, 'support.approval_requested', {
      approval: approvalId,
      kind: 'plan_closure',
    });
    event(closure.decidedAt, decider, 'support.approved', { approval: approvalId, kind: 'plan_closure' });
  }
  return rows;
}

export const SUPPORT_TABLES = [
  [
    'plans',
    'support_plans',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['plan_type', 'text'],
      ['objectives_sealed', 'text'],
      ['services', 'jsonb'],
      ['start_on', 'date'],
      ['planned_end_on', 'date'],
      ['review_on', 'date'],
      ['actual_end_on', 'date'],
      ['status', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  ],
  [
    'deliveries',
    'support_deliveries',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['plan_id', 'uuid'],
      ['regime', 'text'],
      ['delivered_on', 'date'],
      ['agency_id', 'uuid'],
      ['recorded_by', 'uuid'],
      ['quantity', 'int'],
      ['amount_vnd', 'int8'],
      ['note_sealed', 'text'],
      ['status', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  ],
  [
    'approvals',
    'support_approvals',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['agency_id', 'uuid'],
      ['kind', 'text'],
      ['delivery_id', 'uuid'],
      ['plan_id', 'uuid'],
      ['status', 'text'],
      ['requested_by', 'uuid'],
      ['requested_at', 'timestamptz'],
      ['decided_by', 'uuid'],
      ['decided_at', 'timestamptz'],
      ['reason_sealed', 'text'],
    ],
  ],
] as const;

import type { SyntheticRegistration } from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';
import { referralSealContext } from '../referrals/referral-view';
import type { AgencyGrid, GridAgency } from './agency-grid';
import { seedId } from './seed-ids';

type Row = Record<string, unknown>;

export interface ReferralRows {
  /** Without `case_code`: the batch hands out codes when it is written. */
  referrals: Row[];
  /** The case's timeline lines for them, as send-referral, move-referral and the escalation run write them. */
  events: Row[];
}

const pick = (ids: readonly string[], n: number) => ids[n % ids.length];

/**
 * The registration's referrals as `referrals` rows and timeline lines: the recipient is the grid's agency of
 * that type in that province; a case worker of the case's agency sent it (its supervisor when overriding the
 * consent), a member of the recipient's staff answered it; the message and the override reason are sealed as
 * the API seals them.
 */
export function referralRows(
  seed: number,
  keys: KeyRing,
  grid: AgencyGrid,
  registration: SyntheticRegistration,
  from: { caseId: string; agency: GridAgency; registrant: string },
): ReferralRows {
  const i = registration.index;
  const rows: ReferralRows = { referrals: [], events: [] };
  for (const [k, referral] of registration.referrals.entries()) {
    const to = grid.byTypeAndProvince.get(`${referral.toAgencyType}:${referral.toProvinceCode}`);
    if (!to)
      throw new Error(`no ${referral.toAgencyType} in province ${referral.toProvinceCode} in the grid`);
    const id = seedId(seed, `referral:${i}:${k}`, referral.sentAt);
    const supervisor = from.agency.supervisorIds[0];
    const sender =
      (referral.overrideReason ? supervisor : pick(from.agency.referrerIds, i + k)) ??
      supervisor ??
      from.registrant;
    const responder = pick(to.responderIds, i + k) ?? (to.userIds[0] as string);
    const seal = (text: string | undefined, field: 'message' | 'override') =>
      text === undefined ? null : keys.seal(text, referralSealContext(id, field));
    const closedBy =
      referral.status === 'revoked'
        ? sender
        : referral.status === 'completed' || referral.status === 'declined'
          ? responder
          : null;
    const lastStep = referral.steps.at(-1)?.at ?? referral.sentAt;
    rows.referrals.push({
      id,
      case_id: from.caseId,
      from_agency_id: from.agency.id,
      to_agency_id: to.id,
      services: referral.services,
      urgency: referral.urgency,
      reason: referral.reason,
      message_sealed: seal(referral.message, 'message'),
      sections: referral.sections,
      status: referral.status,
      ended_because: referral.status === 'revoked' ? 'sender' : null,
      consent_overridden: referral.overrideReason !== undefined,
      override_reason_sealed: seal(referral.overrideReason, 'override'),
      sent_by: sender,
      respond_by: referral.respondBy,
      complete_by: referral.completeBy,
      answered_at: referral.answeredAt ?? null,
      answered_by: referral.answeredAt ? responder : null,
      decline_reason: referral.declineReason ?? null,
      outcome: referral.outcome ?? null,
      closed_at: referral.closedAt ?? null,
      closed_by: closedBy,
      escalation_level: referral.escalationLevel,
      escalated_at: referral.escalatedAt ?? null,
      created_at: referral.sentAt,
      updated_at: lastStep,
    });
    for (const [s, step] of referral.steps.entries()) {
      // Each side's line names the other agency; the escalation run's lines name the recipient.
      const details: Record<string, string | boolean> =
        step.kind === 'referral.sent'
          ? {
              referral: id,
              agencyId: to.id,
              urgency: referral.urgency,
              consentOverridden: referral.overrideReason !== undefined,
            }
          : { referral: id, agencyId: step.by === 'recipient' ? from.agency.id : to.id, ...step.details };
      rows.events.push({
        id: seedId(seed, `referral-event:${i}:${k}:${s}`, step.at),
        case_id: from.caseId,
        at: step.at,
        actor_user_id: step.by === 'sender' ? sender : step.by === 'recipient' ? responder : null,
        kind: step.kind,
        details,
      });
    }
  }
  return rows;
}

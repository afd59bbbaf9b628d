import { caseActions } from '../cases/lifecycle';
import type { ReferralAction } from '../referrals/lifecycle';

// The one list of what the audit trail can say. The server writes these codes, the audit page labels and
// filters by them, and tests hold the three together: a code written anywhere in the server must be here
// (apps/server/src/audit/action-codes.test.ts scans the source) and every code here must be named in
// vi, en and ar (audit/codes.test.ts) — an auditor never reads a raw code.

const referralMoves: readonly ReferralAction[] = ['accept', 'decline', 'start', 'complete', 'revoke'];

export const auditActions = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.mfa_enrolment_start',
  'auth.mfa_enrolment_confirm',
  'auth.mfa_verify',
  'auth.password_setup',
  'account.password_change',
  'account.session_revoke',
  'account.reset_notice_acknowledge',
  'admin.agency.create',
  'admin.agency.update',
  'admin.agency_type.update',
  'admin.office.create',
  'admin.user.create',
  'admin.user.update',
  'admin.user.permissions_change',
  'admin.user.reset_request',
  'admin.user.reset_approve',
  'admin.user.reset_refuse',
  'admin.user.password_reset',
  'admin.user.mfa_reset',
  'admin.user.setup_link',
  'admin.user.sessions_revoke',
  'admin.vocabulary_value.create',
  'admin.vocabulary_value.update',
  'admin.vocabulary_value.retire',
  'admin.vocabulary_value.reactivate',
  'access.break_glass',
  'request.refused',
  'audit.search',
  'notification.read',
  'notification.reasons_view',
  'person.match',
  'person.correct',
  'person.history_view',
  'persons.reindex',
  'persons.reindex_done',
  'case.create',
  'case.update',
  'case.view_identity',
  'case.list_identity',
  'case.transfer',
  'case.share',
  'case.share_revoke',
  'case.consent_record',
  'case.consent_withdraw',
  'case.consents_view',
  'case.note_add',
  'case.notes_view',
  'case.task_add',
  'case.task_update',
  'case.timeline_view',
  'case.attachment_add',
  'case.attachment_download',
  'case.attachments_view',
  'case.attach_screening',
  ...caseActions.map((action) => `case.${action}` as const),
  'duplicates.scan',
  'duplicates.list_identity',
  'duplicates.merge',
  'duplicates.dismiss',
  'duplicates.reopen',
  'screening.create',
  'screening.instrument.publish',
  'screening.instrument.verify',
  'screening.instrument.ship',
  'referral.send',
  'referral.send_override',
  'referral.view',
  'referral.letter',
  'referral.expire',
  'referral.escalate',
  'referral.end_by_consent',
  'referral.send_screening',
  'referral.complete_screening',
  'referral.reroute',
  'referral.remind_sender',
  'referral.windows_update',
  'handoff.receiving_agency_set',
  'coordination.request',
  'coordination.received',
  'worklist.view',
  'task.list_view',
  'task.remind',
  // reintegration (#18)
  'reintegration.follow_up_start',
  'reintegration.assessment_record',
  ...referralMoves.map((move) => `referral.${move}` as const),
  'referral.pathway_create',
  'referral.pathway_update',
  'referral.pathway_start',
  'directory.service.publish',
  'directory.service.withdraw',
  // support (#18)
  'support.view',
  'support.plan_create',
  'support.plan_update',
  'support.delivery_record',
  'support.delivery_update',
  'support.approval_request',
  'support.approve',
  'support.reject',
  'support.rate_add',
  // one-stop office intake (#18)
  'contact.record',
  'contact.refer',
  'contact.link',
  'contact.note_view',
  'system.seed',
  'system.demo_seed',
  'system.demo_referrals',
  'system.demo_contacts',
  'system.demo_end',
  'system.synthetic_seed',
  'system.synthetic_grid',
  'system.create_admin',
  'system.keys.move',
  'system.keys.rotate',
  'system.data_keys.create',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The kinds of record an audit event can be about. */
export const auditResourceTypes = [
  'user',
  'session',
  'role',
  'agency',
  'agency_type',
  'office',
  'notification',
  'case',
  'person',
  'duplicate_pair',
  'vocabulary_value',
  'screening',
  'screening_instrument',
  'referral',
  'referral_pathway',
  'referral_windows',
  'agency_service',
  'province',
  'access_grant',
  'installation',
  'data_key',
  'master_key',
  // support (#18)
  'support_rate',
  // one-stop office intake (#18)
  'contact',
] as const;
export type AuditResourceType = (typeof auditResourceTypes)[number];

/**
 * How an attempt ended. `refused`: the server said no to a signed-in user (no permission, or no consent
 * for a share or referral) and rolled the attempt back; the refusal itself is kept for the auditor.
 */
export const auditOutcomes = ['success', 'failure', 'denied', 'refused'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** The catalogue key that names an action ("case.share" → auditActions.case_share). */
export const auditActionLabelKey = (action: string) => `auditActions.${action.replaceAll('.', '_')}`;
export const auditResourceTypeLabelKey = (type: string) => `resourceTypes.${type}`;

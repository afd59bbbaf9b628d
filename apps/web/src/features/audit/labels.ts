import type { TFunction } from 'i18next';

// Action and record-type codes grow with every module; one the catalogue does not know yet shows as
// its code, which auditors can still filter by.

export function actionLabel(t: TFunction, action: string): string {
  return t(`auditActions.${action.replaceAll('.', '_')}`, { defaultValue: action });
}

export function resourceTypeLabel(t: TFunction, type: string): string {
  return t(`resourceTypes.${type}`, { defaultValue: type });
}

/** Actions the catalogue names, offered as suggestions in the filter. */
export const knownActions = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.mfa_enrolment_start',
  'auth.mfa_enrolment_confirm',
  'auth.mfa_verify',
  'auth.password_setup',
  'account.password_change',
  'account.session_revoke',
  'admin.agency.create',
  'admin.agency.update',
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
  'account.reset_notice_acknowledge',
  'admin.user.sessions_revoke',
  'access.break_glass',
  'notification.reasons_view',
  'person.match',
  'audit.search',
  'notification.read',
  'system.seed',
  'system.demo_seed',
  'system.create_admin',
  'system.demo_end',
  'system.keys.move',
  'admin.vocabulary_value.create',
  'admin.vocabulary_value.update',
  'admin.vocabulary_value.retire',
  'admin.vocabulary_value.reactivate',
  'screening.create',
  'screening.instrument.publish',
  'screening.instrument.verify',
  'screening.instrument.ship',
  'referral.send',
  'referral.send_override',
  'referral.accept',
  'referral.decline',
  'referral.start',
  'referral.complete',
  'referral.revoke',
  'referral.view',
  'referral.expire',
  'referral.escalate',
  'referral.end_by_consent',
  'referral.letter',
  'case.transfer',
  'referral.pathway_create',
  'referral.pathway_update',
  'referral.pathway_start',
  'directory.service.publish',
  'directory.service.withdraw',
] as const;

export const knownResourceTypes = [
  'user',
  'session',
  'agency',
  'office',
  'notification',
  'case',
  'vocabulary_value',
  'screening',
  'screening_instrument',
  'referral',
  'agency_service',
] as const;

import type { Permission } from './permissions';

export interface RoleDefinition {
  code: string;
  permissions: readonly Permission[];
}

const fieldWork: Permission[] = ['screening.create', 'screening.read', 'case.create'];
const caseWork: Permission[] = [
  ...fieldWork,
  'case.read',
  'case.read_identity',
  'case.update',
  'referral.create',
  'referral.respond',
  'support.manage',
  'group.manage',
  'group.read',
  // survivor voice (#20): the worker who knows the survivor records their story, with their consent.
  'story.record',
  // survivor voice (#20)
  'feedback.collect',
];

/**
 * The roles every installation starts with. Administrators manage configuration and accounts but hold no
 * case permission; auditors read the audit trail only; analysts see aggregates only.
 */
export const seedRoles: readonly RoleDefinition[] = [
  { code: 'frontline_screener', permissions: fieldWork },
  { code: 'case_worker', permissions: caseWork },
  {
    code: 'supervisor',
    permissions: [
      ...caseWork,
      'case.read_restricted_notes',
      'case.break_glass',
      'case.merge',
      'stats.read_aggregate',
      // support (#18)
      'support.approve',
      // indicators (#19)
      'indicators.read',
      // partner exports (#19): the agency's cases in HTCDS form, identifying fields left out
      'export.htcds',
      // survivor voice (#20)
      'story.review',
      'story.read',
      // survivor voice (#20)
      'feedback.review',
    ],
  },
  {
    code: 'provincial_coordinator',
    permissions: [
      'case.read_province',
      'referral.create',
      'stats.read_aggregate',
      'group.read',
      'indicators.read',
      // survivor voice (#20)
      'story.read',
    ],
  },
  {
    code: 'service_provider',
    permissions: ['case.read', 'case.read_identity', 'referral.respond', 'support.manage', 'group.read'],
  },
  // survivor voice (#20): approved stories carry no case link, so the analyst may read them.
  {
    code: 'programme_analyst',
    permissions: ['stats.read_aggregate', 'export.deidentified', 'story.read'],
  },
  {
    code: 'agency_admin',
    permissions: ['admin.users.manage_own_agency', 'admin.roles.read', 'training.manage', 'feedback.review'],
  },
  {
    code: 'system_admin',
    permissions: [
      'admin.agencies.manage',
      'admin.users.manage_all',
      'admin.users.manage_own_agency',
      'admin.roles.read',
      'admin.vocabularies.manage',
      'admin.instruments.manage',
      // support (#18)
      'admin.support_rates.manage',
      // indicator targets (#19)
      'admin.indicator_targets.manage',
      // administrators' own indicators (#19)
      'admin.indicators.manage',
      // partner exports (#19): the de-identified CTDC file only; no case-level export
      'export.deidentified',
    ],
  },
  { code: 'auditor', permissions: ['audit.read'] },
  // one-stop office intake (#18): given beside a field or case role to the staff of a one-stop support office.
  { code: 'one_stop_intake', permissions: ['contact.record'] },
  // partner exports (#19): given by a system administrator, beside a case role, to the one person who hands an
  // agency's case data to a partner under an agreement; the only role that exports names and contacts.
  { code: 'data_transfer_officer', permissions: ['export.htcds', 'export.identifying'] },
  // survivor voice (#20): a designated officer who handles complaints about agencies other than their own.
  { code: 'complaints_officer', permissions: ['complaint.handle'] },
];

/** Agency types seeded on a new installation; administrators may add more. */
export const seedAgencyTypes = [
  'commune_peoples_committee',
  'commune_police',
  'provincial_police_anti_trafficking',
  'border_guard_post',
  'provincial_health_social_protection',
  'social_work_centre',
  'social_protection_centre',
  'womens_union_one_stop',
  'health_facility',
  'legal_aid_centre',
  'vocational_employment_centre',
  'social_policy_bank',
  'international_organisation',
  'ngo',
  'ministry',
] as const;

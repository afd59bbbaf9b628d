/**
 * What a user may do, as data. Roles are named sets of these; the access-policy layer on the server is
 * the only place that interprets them. Labels live in the identity translation catalogue
 * (`permissions.<code>`).
 */
export const permissions = [
  // Field and case work (the modules arrive with later issues; roles already carry them).
  'screening.create',
  'screening.read',
  'case.create',
  'case.read',
  'case.read_identity',
  'case.update',
  'case.read_province',
  'case.break_glass',
  'case.read_restricted_notes',
  'case.merge',
  'referral.create',
  'referral.respond',
  'support.manage',
  'group.manage',
  // self-help groups (#18): reading groups, meetings and reports; member identities follow the case policy.
  'group.read',
  'stats.read_aggregate',
  // Administration: configuration and accounts, never case data.
  'admin.agencies.manage',
  'admin.users.manage_own_agency',
  'admin.users.manage_all',
  'admin.roles.read',
  'admin.vocabularies.manage',
  'admin.instruments.manage',
  // Oversight.
  'audit.read',
  // support (#18): the second person of the two-person rule on money and plan closure; the rates' administrator.
  'support.approve',
  'admin.support_rates.manage',
  // indicators (#19): indicator values over the holder's own scope, unsuppressed (stats.read_aggregate is the
  // national, suppressed view).
  'indicators.read',
  // one-stop office intake (#18): record walk-in and hotline contacts of the actor's own office and count them.
  'contact.record',
  // indicator targets and review reports (#19): the system administrator enters the programme's targets.
  'admin.indicator_targets.manage',
  // administrators' own indicators (#19): compose indicators from the catalogue's building blocks, without code.
  'admin.indicators.manage',
  // training register (#19): record the trainings an agency organises and who took part (no victim data).
  'training.manage',
  // partner exports (#19): the k-anonymised CTDC-style file (no record of fewer than 11 alike).
  'export.deidentified',
  // the HTCDS export of the cases the holder may read, without identifying fields…
  'export.htcds',
  // …and with them (names, birth dates, contacts): held by no seeded role, granted to a user by a system
  // administrator for a named transfer.
  'export.identifying',
  // survivor voice (#20): handle complaints about other agencies; record, review and read consented stories.
  'complaint.handle',
  'story.record',
  'story.review',
  'story.read',
  // survivor voice (#20): hand a survivor the anonymous feedback survey (a one-time code or the locked device);
  // read the agency's feedback in aggregate and screen its free text for identifying details.
  'feedback.collect',
  'feedback.review',
] as const;

export type Permission = (typeof permissions)[number];

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}

/** Permissions that open case data. A role holding none of them cannot see a single case. */
export const caseDataPermissions: readonly Permission[] = [
  'case.read',
  'case.read_identity',
  'case.update',
  'case.read_province',
  'case.break_glass',
  'case.read_restricted_notes',
  'case.merge',
  'screening.read',
];

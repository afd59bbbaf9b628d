import type { Permission } from '@lantern/domain';

/**
 * Who reads the service directory: everyone who works with victims — including screeners at a border post
 * who must find a shelter tonight — but not administrators, auditors or analysts, who have no one to refer.
 * The directory holds no person's data (row-level security lets any signed-in actor read it).
 */
export const directoryReaders: Permission[] = [
  'case.create',
  'case.read',
  'case.read_province',
  'referral.create',
  'referral.respond',
];

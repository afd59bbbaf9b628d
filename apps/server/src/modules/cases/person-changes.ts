import type { PersonIdentity, PersonProfile } from '@lantern/domain';
import type { persons } from '../../db/schema';

type PersonRow = typeof persons.$inferSelect;

const identityFields = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'birthYear',
  'approximateAge',
  'documents',
  'phones',
  'addresses',
] as const satisfies readonly (keyof PersonIdentity)[];

const profileFields = [
  'sex',
  'ethnicity',
  'nationality',
  'languages',
  'educationLevel',
  'maritalStatus',
  'childrenCount',
  'homeProvinceCode',
  'homeCommuneCode',
] as const satisfies readonly (keyof PersonProfile)[];

/** Absent, null and an empty list all mean "not recorded": changing one into another is no change. */
function sameValue(a: unknown, b: unknown): boolean {
  const blank = (value: unknown) =>
    value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  if (blank(a) && blank(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The names of the identity's fields a correction changes (names only: the timeline and audit say no more). */
export function changedIdentityFields(before: PersonIdentity, after: PersonIdentity): string[] {
  return identityFields.filter((field) => !sameValue(before[field], after[field]));
}

export function changedProfileFields(before: PersonProfile, after: PersonProfile): string[] {
  return profileFields.filter((field) => !sameValue(before[field], after[field]));
}

/** The profile as stored (columns in the clear), in the API's shape. */
export function profileOf(row: PersonRow): PersonProfile {
  const present = <K extends string, V>(key: K, value: V | null) =>
    value === null ? {} : ({ [key]: value } as Record<K, V>);
  return {
    ...present('sex', row.sex),
    ...present('ethnicity', row.ethnicity),
    ...present('nationality', row.nationality),
    languages: row.languages,
    ...present('educationLevel', row.educationLevel),
    ...present('maritalStatus', row.maritalStatus),
    ...present('childrenCount', row.childrenCount),
    ...present('homeProvinceCode', row.homeProvinceCode),
    ...present('homeCommuneCode', row.homeCommuneCode),
  };
}

/** The profile as columns, absent fields stored as null (a correction may clear a field). */
export function profileColumns(profile: PersonProfile) {
  return {
    sex: profile.sex ?? null,
    ethnicity: profile.ethnicity ?? null,
    nationality: profile.nationality ?? null,
    languages: profile.languages,
    educationLevel: profile.educationLevel ?? null,
    maritalStatus: profile.maritalStatus ?? null,
    childrenCount: profile.childrenCount ?? null,
    homeProvinceCode: profile.homeProvinceCode ?? null,
    homeCommuneCode: profile.homeCommuneCode ?? null,
  };
}

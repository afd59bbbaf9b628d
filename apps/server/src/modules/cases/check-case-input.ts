import {
  ageOn,
  type CaseDetails,
  type ConsentInput,
  findLanguage,
  findUnit,
  isCountryCode,
  isKnownCode,
  type PersonIdentity,
  type PersonProfile,
  provinceSuccessor,
  type VocabularyId,
} from '@lantern/domain';
import type { FieldProblem } from '../../lib/errors';

const problem = (field: string, code: string): FieldProblem => ({ field, code, message: '' });

function codes(
  field: string,
  values: readonly string[] | undefined,
  vocabulary: VocabularyId,
): FieldProblem[] {
  return (values ?? []).flatMap((value, index) =>
    isKnownCode(vocabulary, value) ? [] : [problem(`${field}.${index}`, 'invalid_value')],
  );
}

function oneCode(field: string, value: string | undefined, vocabulary: VocabularyId): FieldProblem[] {
  return value === undefined || isKnownCode(vocabulary, value) ? [] : [problem(field, 'invalid_value')];
}

/**
 * A province and commune of the 2025 units. A province code from before the 2025 reform is refused with the
 * province it became part of, so the caller can correct it (a silent crosswalk would guess the commune).
 */
export function checkPlace(
  fields: { province: string; commune: string },
  provinceCode?: string,
  communeCode?: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (provinceCode && findUnit(provinceCode, '2025')?.level !== 'province') {
    const successor = provinceSuccessor(provinceCode);
    problems.push(
      successor
        ? {
            ...problem(fields.province, 'replaced_province'),
            params: { code: successor.code, name: successor.name },
          }
        : problem(fields.province, 'invalid_value'),
    );
  }
  if (communeCode && findUnit(communeCode, '2025')?.parentCode !== provinceCode)
    problems.push(problem(fields.commune, 'invalid_value'));
  return problems;
}

const place = (prefix: string, provinceCode?: string, communeCode?: string) =>
  checkPlace(
    { province: `${prefix}provinceCode`, commune: `${prefix}communeCode` },
    provinceCode,
    communeCode,
  );

export function checkPerson(identity: PersonIdentity, profile: PersonProfile, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...oneCode('person.profile.sex', profile.sex, 'gender'),
    ...oneCode('person.profile.ethnicity', profile.ethnicity, 'ethnicity'),
    ...oneCode('person.profile.educationLevel', profile.educationLevel, 'education-level'),
    ...oneCode('person.profile.maritalStatus', profile.maritalStatus, 'marital-status'),
    ...checkPlace(
      { province: 'person.profile.homeProvinceCode', commune: 'person.profile.homeCommuneCode' },
      profile.homeProvinceCode,
      profile.homeCommuneCode,
    ),
    ...profile.languages.flatMap((language, index) =>
      findLanguage(language) ? [] : [problem(`person.profile.languages.${index}`, 'invalid_value')],
    ),
  ];
  if (identity.dateOfBirth && identity.dateOfBirth > today)
    problems.push(problem('person.identity.dateOfBirth', 'in_future'));
  if (
    identity.dateOfBirth &&
    identity.birthYear !== undefined &&
    Number(identity.dateOfBirth.slice(0, 4)) !== identity.birthYear
  )
    problems.push(problem('person.identity.birthYear', 'birth_year_mismatch'));
  identity.addresses.forEach((address, index) => {
    problems.push(...place(`person.identity.addresses.${index}.`, address.provinceCode, address.communeCode));
  });
  return problems;
}

export function checkCase(details: CaseDetails, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...oneCode('case.intakeRoute', details.intakeRoute, 'vn-intake-route'),
    ...oneCode('case.subjectCategory', details.subjectCategory, 'vn-subject-category'),
    ...codes('case.exploitationTypes', details.exploitationTypes, 'exploitation-type'),
    ...codes('case.controlMethods', details.controlMethods, 'control-method'),
    ...codes('case.recruitmentMethods', details.recruitmentMethods, 'recruitment-method'),
    ...codes('case.recruitmentPlatforms', details.recruitmentPlatforms, 'online-platform'),
    ...oneCode('case.relationshipToRecruiter', details.relationshipToRecruiter, 'relationship-to-trafficker'),
  ];
  if (details.receivedOn > today) problems.push(problem('case.receivedOn', 'in_future'));
  problems.push(...checkJourney(details.journey, today));
  return problems;
}

type Stop = NonNullable<CaseDetails['journey']['recruitment']>;

/** Places are ISO 3166-1 alpha-3 countries and 2025 units; dates are not in the future and run forwards. */
function checkJourney(journey: CaseDetails['journey'], today: string): FieldProblem[] {
  const stops: Array<[string, Stop]> = [
    ...(journey.recruitment ? [['case.journey.recruitment', journey.recruitment] as [string, Stop]] : []),
    ...(journey.transit ?? []).map(
      (stop, index) => [`case.journey.transit.${index}`, stop] as [string, Stop],
    ),
    ...(journey.exploitation ?? []).map(
      (stop, index) => [`case.journey.exploitation.${index}`, stop] as [string, Stop],
    ),
  ];
  const problems: FieldProblem[] = [];
  for (const [field, stop] of stops) {
    if (stop.country && !isCountryCode(stop.country))
      problems.push(problem(`${field}.country`, 'invalid_value'));
    problems.push(...place(`${field}.`, stop.provinceCode, stop.communeCode));
    if (stop.from && stop.from > today) problems.push(problem(`${field}.from`, 'in_future'));
    if (stop.to && stop.to > today) problems.push(problem(`${field}.to`, 'in_future'));
    if (stop.from && stop.to && stop.from > stop.to) problems.push(problem(`${field}.to`, 'before_start'));
  }
  if (journey.returnedOn && journey.returnedOn > today)
    problems.push(problem('case.journey.returnedOn', 'in_future'));
  return problems;
}

/**
 * Consent rules: services consent is required to register; verbal consent needs a witness; sharing consent
 * names whom; for a child the guardian consents (the child's assent is recorded beside it).
 */
export function checkConsents(
  consents: readonly ConsentInput[],
  identity: PersonIdentity,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!consents.some((consent) => consent.purpose === 'services'))
    problems.push(problem('consents', 'services_consent_required'));
  const age = ageOn(identity, today);
  const child = age !== undefined && age < 18;
  consents.forEach((consent, index) => {
    const field = `consents.${index}`;
    if (consent.method === 'verbal_witnessed' && !consent.witness)
      problems.push(problem(`${field}.witness`, 'witness_required'));
    if (
      consent.purpose === 'sharing' &&
      consent.sharingAgencyIds.length + consent.sharingAgencyTypes.length === 0
    )
      problems.push(problem(`${field}.sharingAgencyTypes`, 'sharing_scope_required'));
    if (child && consent.givenBy !== 'guardian')
      problems.push(problem(`${field}.givenBy`, 'guardian_required'));
    if (consent.obtainedOn > today) problems.push(problem(`${field}.obtainedOn`, 'in_future'));
    if (!findLanguage(consent.language)) problems.push(problem(`${field}.language`, 'invalid_value'));
  });
  return problems;
}

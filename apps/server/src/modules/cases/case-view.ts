import {
  allowedActions,
  type CaseDetail,
  type CaseState,
  type CaseSummary,
  isVerificationOverdue,
  type PersonIdentity,
  todayInVietNam,
  verificationDueOn,
} from '@lantern/domain';
import type { CaseReach } from '../../access/case-policy';
import type { cases, persons } from '../../db/schema';

type CaseRow = typeof cases.$inferSelect;
type PersonRow = typeof persons.$inferSelect;

export function toCaseSummary(
  row: CaseRow,
  person: Pick<PersonRow, 'sex' | 'ageBand' | 'homeProvinceCode'>,
  ownAgencyId: string | undefined,
  displayName: string | null,
): CaseSummary {
  const state = row.state as CaseState;
  return {
    id: row.id,
    code: row.code,
    state,
    receivedOn: row.receivedOn,
    verificationDueOn: verificationDueOn(row.receivedOn),
    overdue: isVerificationOverdue(state, row.receivedOn, todayInVietNam()),
    provinceCode: row.provinceCode,
    ownAgency: row.ownerAgencyId === ownAgencyId,
    traffickingStatus: row.traffickingStatus,
    exploitationTypes: row.exploitationTypes,
    person: { sex: person.sex, ageBand: person.ageBand, homeProvinceCode: person.homeProvinceCode },
    displayName,
  };
}

/**
 * The case as this actor may see it: the pseudonymous summary for everyone who may know it exists; the
 * profile for those who work on it (the owning agency, a share, break-the-glass, a referral); the trafficking
 * details where the journey is open (all but a referral that did not open it); the identity only when
 * `identity` is given (the caller decided the actor may see it, and audits the view).
 */
export function toCaseDetail(
  row: CaseRow,
  person: PersonRow,
  reach: CaseReach,
  ownAgencyId: string | undefined,
  identity: PersonIdentity | null,
  linkedCases: CaseDetail['linkedCases'] = [],
): CaseDetail {
  const { access } = reach;
  const profileShown = access !== 'province' && access !== 'registrant';
  const full = reach.sections.has('journey');
  const summary = toCaseSummary(row, person, ownAgencyId, identity?.fullName ?? null);
  return {
    ...summary,
    access,
    allowedActions: access === 'agency' ? allowedActions(row.state as CaseState) : [],
    closureReason: row.closureReason,
    statusDecision:
      row.statusDecidedBy && row.statusDecidedOn && row.statusLegalBasis
        ? { decidedBy: row.statusDecidedBy, decidedOn: row.statusDecidedOn, legalBasis: row.statusLegalBasis }
        : null,
    referralSections: access === 'referral' ? [...reach.sections].sort() : null,
    subjectCategory: profileShown ? row.subjectCategory : null,
    intakeRoute: full ? row.intakeRoute : null,
    controlMethods: full ? row.controlMethods : [],
    recruitmentMethods: full ? row.recruitmentMethods : [],
    recruitmentPlatforms: full ? row.recruitmentPlatforms : [],
    relationshipToRecruiter: full ? row.relationshipToRecruiter : null,
    journey: full ? (row.journey as Record<string, unknown>) : {},
    screeningIds: full ? row.screeningIds : [],
    profile: profileShown
      ? {
          sex: person.sex ?? undefined,
          ethnicity: person.ethnicity ?? undefined,
          nationality: person.nationality ?? undefined,
          languages: person.languages,
          educationLevel: person.educationLevel ?? undefined,
          maritalStatus: person.maritalStatus ?? undefined,
          childrenCount: person.childrenCount ?? undefined,
          homeProvinceCode: person.homeProvinceCode ?? undefined,
          homeCommuneCode: person.homeCommuneCode ?? undefined,
          ageBand: person.ageBand,
        }
      : null,
    linkedCases,
    identity: identity
      ? {
          fullName: identity.fullName,
          otherNames: identity.otherNames,
          dateOfBirth: identity.dateOfBirth ?? null,
          birthYear: identity.birthYear ?? null,
          documents: identity.documents,
          phones: identity.phones,
          addresses: identity.addresses,
        }
      : null,
  };
}

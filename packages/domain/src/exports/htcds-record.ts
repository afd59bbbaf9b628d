import { vocabularies } from '../vocabularies/registry';

/**
 * A case as an HTCDS v2.0 record (../shared/reference/htcds-v2-field-standards.txt): HTCDS field names, HTCDS
 * value names (Lantern's Viet Nam codes exported as the HTCDS value they stand for), several values joined by
 * ";". Identifying fields are a separate list, filled only for an export its holder may make.
 */
export const htcdsFields = [
  'recordNumber',
  'cas_Status',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_RelationshipToTrafficker',
  'vic_MethodOfRecruitment',
  'vic_RecruitmentWebsitesAndApps',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
  'prs_Gender',
  'prs_Citizenship',
  'prs_MaritalStatus',
  'prs_HighestLevelOfEducation',
  'prs_NumberOfChildren',
  'prs_PrimaryLanguage',
  'hte_Type',
  'hte_Country',
  'hte_Date',
] as const;

export const htcdsIdentifyingFields = [
  'prs_FirstName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_MobilePhone',
] as const;

export type HtcdsField = (typeof htcdsFields)[number] | (typeof htcdsIdentifyingFields)[number];
export type HtcdsRecord = Partial<Record<HtcdsField, string>>;

export interface CaseForHtcds {
  state: string;
  closureReason: string | null;
  traffickingStatus: string;
  statusDecidedBy: string | null;
  relationshipToRecruiter: string | null;
  recruitmentMethods: string[];
  recruitmentPlatforms: string[];
  controlMethods: string[];
  exploitationTypes: string[];
  sex: string | null;
  nationality: string | null;
  maritalStatus: string | null;
  educationLevel: string | null;
  childrenCount: number | null;
  languages: string[];
  /** The case's journey: only the first place of exploitation is exported (HTCDS trafficking event). */
  journey: { exploitation?: { country?: string; from?: string }[] };
}

export interface IdentityForHtcds {
  fullName: string;
  dateOfBirth?: string;
  phones: string[];
}

const exportCode = new Map<string, string>(
  Object.values(vocabularies).flatMap((vocabulary) =>
    vocabulary.codes.map((entry) => [entry.code, entry.htcdsExport ?? entry.code] as const),
  ),
);

/** A Viet Nam or local code with no HTCDS counterpart is exported as "Other", as the standard allows. */
const asHtcds = (code: string) => {
  const mapped = exportCode.get(code) ?? code;
  return /^(vn|local)\./.test(mapped) ? 'Other' : mapped;
};
const many = (codes: string[]) => [...new Set(codes.map(asHtcds))].join(';');

function caseStatus(state: string, closureReason: string | null): string {
  if (state === 'closed') return closureReason === 'transferred' ? 'ClosedReferred' : 'Closed';
  if (state === 'reintegration') return 'FollowUp';
  return 'Active';
}

export function toHtcdsRecord(
  recordNumber: number,
  kase: CaseForHtcds,
  identity?: IdentityForHtcds,
): HtcdsRecord {
  const exploitation = kase.journey.exploitation?.[0];
  const record: HtcdsRecord = {
    recordNumber: String(recordNumber),
    cas_Status: caseStatus(kase.state, kase.closureReason),
    vic_TraffickingStatus: kase.traffickingStatus,
    vic_TraffickingStatusDecisionMakingOrg: kase.statusDecidedBy ? asHtcds(kase.statusDecidedBy) : '',
    vic_RelationshipToTrafficker: kase.relationshipToRecruiter ? asHtcds(kase.relationshipToRecruiter) : '',
    vic_MethodOfRecruitment: many(kase.recruitmentMethods),
    vic_RecruitmentWebsitesAndApps: many(kase.recruitmentPlatforms),
    vic_MethodsOfControl: many(kase.controlMethods),
    vic_TypeOfExploitation: many(kase.exploitationTypes),
    prs_Gender: kase.sex ?? '',
    prs_Citizenship: kase.nationality ?? '',
    prs_MaritalStatus: kase.maritalStatus ?? '',
    prs_HighestLevelOfEducation: kase.educationLevel ?? '',
    prs_NumberOfChildren: kase.childrenCount === null ? '' : String(kase.childrenCount),
    prs_PrimaryLanguage: kase.languages[0] ?? '',
    hte_Type: exploitation ? 'Exploitation' : '',
    hte_Country: exploitation?.country ?? '',
    hte_Date: exploitation?.from ?? '',
  };
  if (identity) {
    // Vietnamese names are written family name first: the family name is HTCDS's second name.
    const [family = '', ...given] = identity.fullName.trim().split(/\s+/);
    record.prs_FirstName = given.join(' ');
    record.prs_SecondName = family;
    record.prs_Birthdate = identity.dateOfBirth ?? '';
    record.prs_MobilePhone = identity.phones[0] ?? '';
  }
  return record;
}

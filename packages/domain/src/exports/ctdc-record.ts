import { ageBands } from '../cases/age-band';
import { vocabularies } from '../vocabularies/registry';

/**
 * The CTDC global dataset's variables (codebook v2, 2024; ../shared/reference/ctdc-variables.md), in the order
 * of the file. Binary variables are "1" or empty, as CTDC writes them; anything Lantern did not record is empty.
 */
export const ctdcQuasiIdentifiers = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'traffickMonths',
] as const;
export type CtdcQuasiIdentifier = (typeof ctdcQuasiIdentifiers)[number];

export const ctdcFlags = [
  'meansDebtBondageEarnings',
  'meansThreats',
  'meansAbusePsyPhySex',
  'meansFalsePromises',
  'meansDrugsAlcohol',
  'meansDenyBasicNeeds',
  'meansExcessiveWorkHours',
  'meansWithholdDocs',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'typeOfLabourAgriculture',
  'typeOfLabourConstruction',
  'typeOfLabourDomesticWork',
  'typeOfLabourHospitality',
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'recruiterRelationIntimatePartner',
  'recruiterRelationFriend',
  'recruiterRelationFamily',
  'recruiterRelationOther',
] as const;
export type CtdcFlag = (typeof ctdcFlags)[number];

export const ctdcColumns = [...ctdcQuasiIdentifiers, ...ctdcFlags] as const;
export type CtdcRecord = Record<CtdcQuasiIdentifier | CtdcFlag, string>;

/** What Lantern holds of a case that CTDC asks for: codes and dates only, never identity. */
export interface CaseFactsForCtdc {
  receivedOn: string;
  sex: string | null;
  ageBand: string | null;
  nationality: string | null;
  exploitationCountry: string | null;
  exploitationFrom: string | null;
  exploitationTo: string | null;
  /** exploitation-type codes, and sub-type codes where the case records them */
  exploitationTypes: string[];
  controlMethods: string[];
  relationshipToRecruiter: string | null;
}

/** CTDC keeps three gender values; Lantern's HTCDS codes map onto them, "not specified" is missing. */
const genderOf: Record<string, string> = {
  Feminine: 'Woman',
  Masculine: 'Man',
  TransgenderFeminine: 'Trans/Transgender/NonConforming',
  TransgenderMasculine: 'Trans/Transgender/NonConforming',
  NonConforming: 'Trans/Transgender/NonConforming',
};

/** HTCDS relationship codes without their own CTDC mapping in the vocabulary. */
const relationOf: Record<string, CtdcFlag> = {
  Familial: 'recruiterRelationFamily',
  Acquainted: 'recruiterRelationFriend',
  Unaquainted: 'recruiterRelationOther',
};

const ctdcOfCode = new Map<string, string>(
  (
    [
      'exploitation-type',
      'sexual-exploitation-type',
      'forced-labour-industry',
      'control-method',
      'relationship-to-trafficker',
    ] as const
  ).flatMap((id) =>
    vocabularies[id].codes.flatMap((entry) => (entry.ctdc ? [[entry.code, entry.ctdc] as const] : [])),
  ),
);

/** CTDC's duration bands, from whole months between the first and last day of exploitation. */
export function durationBand(from: string | null, to: string | null): string {
  if (!from || !to || to < from) return '';
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  if (months <= 12) return '0-12';
  if (months <= 24) return '13-24';
  return '25+';
}

export function toCtdcRecord(facts: CaseFactsForCtdc): CtdcRecord {
  const record = Object.fromEntries(ctdcColumns.map((column) => [column, ''])) as CtdcRecord;
  record.yearOfRegistration = facts.receivedOn.slice(0, 4);
  record.gender = genderOf[facts.sex ?? ''] ?? '';
  record.ageBroad = (ageBands as readonly string[]).includes(facts.ageBand ?? '')
    ? (facts.ageBand ?? '')
    : '';
  record.citizenship = facts.nationality ?? '';
  record.CountryOfExploitation = facts.exploitationCountry ?? '';
  record.traffickMonths = durationBand(facts.exploitationFrom, facts.exploitationTo);
  const codes = [...facts.exploitationTypes, ...facts.controlMethods];
  if (facts.relationshipToRecruiter) codes.push(facts.relationshipToRecruiter);
  for (const code of codes) {
    const flag = (ctdcOfCode.get(code) ?? relationOf[code]) as CtdcFlag | undefined;
    if (flag && (ctdcFlags as readonly string[]).includes(flag)) record[flag] = '1';
  }
  return record;
}

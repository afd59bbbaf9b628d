import { describe, expect, it } from 'vitest';
import picklists from '../../data/htcds-v2-picklists.json' with { type: 'json' };
import { vocabularies } from './registry';
import { codeName } from './types';

const byField = new Map(picklists.fields.map((field) => [field.field, field]));
const htcdsVocabularies = Object.values(vocabularies).filter((vocabulary) => vocabulary.source === 'htcds');
const normalise = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

// Where Lantern's English label deliberately differs from the standard's value label.
const ENGLISH_OVERRIDES: Record<string, string> = {
  Unaquainted: 'Unacquainted', // the standard's spelling mistake, corrected in the label only
  Twitter: 'Twitter (X)', // renamed in 2023; users look for X
};

// Counted by hand in HTCDS v2.0 (field standards sheet), per field.
const EXPECTED_COUNTS: Record<string, number> = {
  prs_Gender: 6,
  prs_MaritalStatus: 6,
  prs_HighestLevelOfEducation: 9,
  org_Type: 9,
  vic_TraffickingStatus: 3,
  vic_TraffickingStatusDecisionMakingOrg: 5,
  vic_RelationshipToTrafficker: 3,
  vic_MethodOfRecruitment: 10,
  vic_RecruitmentWebsitesAndApps: 15,
  vic_ExploitationWebsitesAndApps: 15,
  vic_MethodsOfControl: 16,
  vic_TypeOfExploitation: 11,
  vic_TypeOfSexExploitation: 4,
  vic_ForcedLabourIndustry: 21,
  cas_Status: 4,
  cas_ReasonForIncomingReferral: 3,
  cas_ReasonForOutgoingReferral: 3,
  spl_Type: 9,
  per_RoleInProcess: 15,
  hte_Type: 3,
};

describe('HTCDS vocabularies match the standard', () => {
  it('has the value counts counted in the standard', () => {
    for (const [field, count] of Object.entries(EXPECTED_COUNTS)) {
      expect(byField.get(field)?.values, field).toHaveLength(count);
      const vocabulary = htcdsVocabularies.find((candidate) => candidate.htcdsFields.includes(field));
      expect(
        vocabulary?.codes.filter((entry) => entry.namespace === 'htcds'),
        field,
      ).toHaveLength(count);
    }
  });

  it('covers every current picklist of the standard (the deprecated vulnerabilities list aside)', () => {
    const covered = new Set(htcdsVocabularies.flatMap((vocabulary) => vocabulary.htcdsFields));
    const current = picklists.fields
      .filter((field) => field.status !== 'DEPRECATED')
      .map((field) => field.field);
    expect(current.filter((field) => !covered.has(field))).toEqual([]);
    expect(Object.keys(EXPECTED_COUNTS).sort()).toEqual([...covered].sort());
  });

  describe.each(htcdsVocabularies.map((vocabulary) => [vocabulary.id, vocabulary] as const))(
    '%s',
    (_id, vocabulary) => {
      const htcdsCodes = vocabulary.codes.filter((entry) => entry.namespace === 'htcds');

      it.each(vocabulary.htcdsFields)('has exactly the values of %s, in order', (field) => {
        expect(htcdsCodes.map((entry) => entry.code)).toEqual(byField.get(field)?.values);
      });

      it('uses the standard’s English labels', () => {
        const field = byField.get(vocabulary.htcdsFields[0] ?? '');
        for (const [index, entry] of htcdsCodes.entries()) {
          const standard = ENGLISH_OVERRIDES[entry.code] ?? field?.labels[index] ?? '';
          expect(normalise(entry.labels.en), entry.code).toBe(normalise(standard));
        }
      });

      it('adds Viet Nam extensions only where the standard lacks the value', () => {
        const standard = new Set(htcdsCodes.map((entry) => entry.code.toLowerCase()));
        for (const entry of vocabulary.codes.filter((candidate) => candidate.namespace === 'vn')) {
          expect(standard.has(codeName(entry).toLowerCase()), entry.code).toBe(false);
        }
      });
    },
  );

  it('records the empty value the support-plan list ends with', () => {
    expect(byField.get('spl_Type')).toMatchObject({ emptyValuesDropped: 1 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBands } from '../cases/age-band';
import { type CtdcRecord, ctdcColumns, ctdcQuasiIdentifiers, toCtdcRecord } from './ctdc-record';
import { CTDC_K, classKey, generalise, kAnonymise, maxLevel } from './k-anonymity';

const blank = () => Object.fromEntries(ctdcColumns.map((column) => [column, ''])) as CtdcRecord;

const recordArbitrary = fc
  .record({
    yearOfRegistration: fc.constantFrom('2019', '2021', '2022', '2024', '2026'),
    gender: fc.constantFrom('Woman', 'Man', 'Trans/Transgender/NonConforming', ''),
    ageBroad: fc.constantFrom(...ageBands, ''),
    citizenship: fc.constantFrom('VNM', 'VNM', 'VNM', 'LAO', 'CHN', 'GBR', 'BRA', ''),
    CountryOfExploitation: fc.constantFrom('CHN', 'KHM', 'MYS', 'GBR', 'DEU', 'VNM', ''),
    traffickMonths: fc.constantFrom('0-12', '13-24', '25+', ''),
    isForcedLabour: fc.constantFrom('1', ''),
    meansThreats: fc.constantFrom('1', ''),
  })
  .map((values) => ({ ...blank(), ...values }));

/** Counts every quasi-identifier combination in the published records. */
function combinationCounts(records: CtdcRecord[]): number[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(classKey(record), (counts.get(classKey(record)) ?? 0) + 1);
  return [...counts.values()];
}

describe('k-anonymisation of the CTDC export', () => {
  it('publishes no quasi-identifier combination fewer than 11 times, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 400 }), (input) => {
        const result = kAnonymise(input);
        for (const count of combinationCounts(result.records)) expect(count).toBeGreaterThanOrEqual(CTDC_K);
        expect(result.records.length + result.suppressed).toBe(input.length);
      }),
      { numRuns: 150 },
    );
  });

  it('generalises before it suppresses: at most 5% of the records are left out once there are k of them', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { minLength: CTDC_K, maxLength: 400 }), (input) => {
        const result = kAnonymise(input);
        expect(result.suppressed).toBeLessThanOrEqual(Math.floor(input.length * 0.05));
      }),
      { numRuns: 150 },
    );
  });

  it('holds for any k and any suppression budget', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 200 }),
        fc.integer({ min: 2, max: 30 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (input, k, share) => {
          const result = kAnonymise(input, { k, maxSuppressedShare: share });
          for (const count of combinationCounts(result.records)) expect(count).toBeGreaterThanOrEqual(k);
          if (input.length >= k)
            expect(result.suppressed).toBeLessThanOrEqual(Math.floor(input.length * share));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('changes nothing but quasi-identifiers, and those only towards coarser values', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { minLength: 1, maxLength: 200 }), (input) => {
        const result = kAnonymise(input);
        for (const record of result.records) {
          const source = input.find(
            (candidate) => classKey(generalise(candidate, result.levels)) === classKey(record),
          );
          expect(source).toBeDefined();
        }
      }),
      { numRuns: 50 },
    );
  });

  it('suppresses everything when there are fewer than k records, and nothing of a large uniform set', () => {
    const one = { ...blank(), yearOfRegistration: '2026', gender: 'Woman', citizenship: 'VNM' };
    expect(kAnonymise(Array.from({ length: 10 }, () => ({ ...one })))).toMatchObject({
      records: [],
      suppressed: 10,
    });
    const uniform = kAnonymise(Array.from({ length: 30 }, () => ({ ...one })));
    expect(uniform.suppressed).toBe(0);
    expect(uniform.records[0]).toMatchObject({ yearOfRegistration: '2026', citizenship: 'VNM' });
    expect(Object.values(uniform.levels).every((level) => level === 0)).toBe(true);
  });

  it('widens a rare age band and a rare country to their broader values before leaving anyone out', () => {
    const base = { ...blank(), yearOfRegistration: '2026', gender: 'Woman', citizenship: 'VNM' };
    const input = [
      ...Array.from({ length: 11 }, () => ({ ...base, ageBroad: '18-20', CountryOfExploitation: 'CHN' })),
      ...Array.from({ length: 11 }, () => ({ ...base, ageBroad: '21-23', CountryOfExploitation: 'TWN' })),
    ];
    const result = kAnonymise(input);
    expect(result.suppressed).toBe(0);
    expect(combinationCounts(result.records)).toEqual([11, 11]);
    // One person alone in their class: within the 5% budget they are left out…
    const withRare = [...input, { ...base, ageBroad: '24-26', CountryOfExploitation: 'KOR' }];
    expect(kAnonymise(withRare).suppressed).toBe(1);
    // …with no budget, the age band and then the country are widened until nobody is.
    const rare = kAnonymise(withRare, { maxSuppressedShare: 0 });
    expect(rare.suppressed).toBe(0);
    expect(rare.records.every((record) => record.ageBroad === '18-26')).toBe(true);
    expect(rare.records.every((record) => record.CountryOfExploitation === 'Eastern Asia')).toBe(true);
    expect(ctdcQuasiIdentifiers.every((attribute) => rare.levels[attribute] <= maxLevel(attribute))).toBe(
      true,
    );
  });
});

describe('CTDC variables from a case', () => {
  it('maps codes onto CTDC variables and leaves what is not recorded empty', () => {
    const record = toCtdcRecord({
      receivedOn: '2026-02-10',
      sex: 'Feminine',
      ageBand: '18-20',
      nationality: 'VNM',
      exploitationCountry: 'CHN',
      exploitationFrom: '2024-01-15',
      exploitationTo: '2025-06-01',
      exploitationTypes: ['SexualExploitation', 'ForcedMarriage'],
      controlMethods: ['DebtBondage', 'PhysicalThreats'],
      relationshipToRecruiter: 'vn.IntimatePartner',
    });
    expect(record).toMatchObject({
      yearOfRegistration: '2026',
      gender: 'Woman',
      ageBroad: '18-20',
      citizenship: 'VNM',
      CountryOfExploitation: 'CHN',
      traffickMonths: '13-24',
      isSexualExploit: '1',
      isOtherExploit: '1',
      isForcedLabour: '',
      meansDebtBondageEarnings: '1',
      meansThreats: '1',
      recruiterRelationIntimatePartner: '1',
      typeOfSexProstitution: '',
    });
    expect(
      toCtdcRecord({
        receivedOn: '2025-01-01',
        sex: 'NonSpecifiedUnknown',
        ageBand: null,
        nationality: null,
        exploitationCountry: null,
        exploitationFrom: null,
        exploitationTo: null,
        exploitationTypes: [],
        controlMethods: [],
        relationshipToRecruiter: 'Familial',
      }),
    ).toMatchObject({ gender: '', ageBroad: '', traffickMonths: '', recruiterRelationFamily: '1' });
  });
});

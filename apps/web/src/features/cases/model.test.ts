import { findShippedInstrument, type Instrument, type ScreeningDetail } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import {
  emptyCaseForm,
  isChild,
  matchRequestOf,
  prefillFromScreening,
  registrationOf,
  searchKey,
  stepProblems,
  withPrefill,
} from './model';
import { caseSearch, casesSearch, newCaseSearch } from './search';

const TODAY = '2026-03-20';

const lan = {
  ...emptyCaseForm(TODAY),
  fullName: '  Nguyễn Thị Lan ',
  dateOfBirth: '1998-03-12',
  sex: 'Feminine',
  homeProvinceCode: '15',
  phone: '0912 345 678',
};

describe('registration form', () => {
  it('searches with what was typed, and nothing left empty', () => {
    expect(matchRequestOf(lan, TODAY)).toEqual({
      fullName: 'Nguyễn Thị Lan',
      dateOfBirth: '1998-03-12',
      sex: 'Feminine',
      homeProvinceCode: '15',
      phones: ['0912 345 678'],
    });
    expect(matchRequestOf({ ...lan, birthKind: 'age', approximateAge: '27' }, TODAY)).toMatchObject({
      approximateAge: { years: 27, on: TODAY },
    });
  });

  it('knows when the candidates no longer answer the details', () => {
    expect(searchKey(lan, TODAY)).toBe(searchKey({ ...lan, address: 'Thôn 3' }, TODAY));
    expect(searchKey(lan, TODAY)).not.toBe(searchKey({ ...lan, phone: '0987 654 321' }, TODAY));
  });

  it('sends the journey only with what was filled in', () => {
    const empty = registrationOf(lan, TODAY, { registerDespite: [] });
    expect(empty.case.journey).toEqual({});
    const filled = registrationOf(
      {
        ...lan,
        recruitmentCountry: 'VNM',
        exploitationCountry: 'KHM',
        exploitationFrom: '2025-10-01',
        returnedOn: '2026-03-01',
      },
      TODAY,
      { registerDespite: [] },
    );
    expect(filled.case.journey).toEqual({
      recruitment: { country: 'VNM' },
      exploitation: [{ country: 'KHM', from: '2025-10-01' }],
      returnedOn: '2026-03-01',
    });
  });

  it('registers one consent per purpose agreed, with how it was given', () => {
    const input = registrationOf(
      {
        ...lan,
        intakeRoute: 'vn.Screening',
        consentPurposes: ['services', 'sharing'],
        sharingAgencyTypes: ['health_facility'],
        consentMethod: 'verbal_witnessed',
        witness: 'Trần Văn Minh',
      },
      TODAY,
      { screeningId: undefined, registerDespite: ['LC-2026-0001'] },
    );
    expect(input.person.identity).toMatchObject({ fullName: 'Nguyễn Thị Lan', phones: ['0912 345 678'] });
    expect(input.person.profile).toMatchObject({
      sex: 'Feminine',
      homeProvinceCode: '15',
      languages: ['vie'],
    });
    expect(input.consents).toEqual([
      expect.objectContaining({
        purpose: 'services',
        sharingAgencyTypes: [],
        givenBy: 'person',
        witness: 'Trần Văn Minh',
      }),
      expect.objectContaining({ purpose: 'sharing', sharingAgencyTypes: ['health_facility'] }),
    ]);
    expect(input.registerDespite).toEqual(['LC-2026-0001']);
    expect(input).not.toHaveProperty('screeningId');
  });

  it('has the guardian consent for a child, with the child asked too', () => {
    const child = {
      ...lan,
      dateOfBirth: '2010-05-01',
      consentMethod: 'signed_form' as const,
      childAssent: true,
    };
    expect(isChild(child, TODAY)).toBe(true);
    expect(registrationOf(child, TODAY, { registerDespite: [] }).consents[0]).toMatchObject({
      givenBy: 'guardian',
      childAssent: true,
    });
    expect(stepProblems('consent', { ...child, childAssent: null }, TODAY)).toHaveProperty('childAssent');
  });

  it('stops a step on what the server would refuse', () => {
    expect(stepProblems('search', { ...lan, fullName: 'L' }, TODAY)).toHaveProperty('fullName');
    // "31/02/1998" is not a day: the search does not quietly go on without a date of birth.
    expect(stepProblems('search', { ...lan, dateOfBirth: null, dateOfBirthUnreadable: true }, TODAY)).toEqual(
      { dateOfBirth: 'casesWeb.form.dayInvalid' },
    );
    expect(stepProblems('details', { ...lan, intakeRoute: null }, TODAY)).toHaveProperty('intakeRoute');
    expect(stepProblems('consent', { ...lan, consentPurposes: ['contact'] }, TODAY)).toMatchObject({
      consentPurposes: 'casesWeb.register.errors.services',
      consentMethod: 'casesWeb.register.errors.method',
    });
    expect(
      stepProblems('consent', { ...lan, consentMethod: 'verbal_witnessed', witness: ' ' }, TODAY),
    ).toHaveProperty('witness');
  });
});

describe('registering from a screening', () => {
  const definition = findShippedInstrument('act-means-purpose') as Instrument;
  const option = (question: string, code: string) =>
    definition.sections
      .flatMap((section) => section.questions)
      .find((q) => q.id === question)
      ?.options?.find((o) => o.code === code)?.value as string;

  it('takes the coded answers over as vocabulary codes, leaving unknown answers out', () => {
    const screening = {
      interviewLanguage: 'vie',
      responses: [
        {
          instrumentId: 'act-means-purpose',
          instrumentVersion: definition.version,
          answers: {
            'exploitation-types': [option('exploitation-types', 'vn.ForcedOnlineScam')],
            'control-methods': 'unknown',
            'recruitment-method': [option('recruitment-method', 'ThroughOnlineSocialNetworks')],
          },
          result: {},
        },
      ],
    } as unknown as ScreeningDetail;
    const prefill = prefillFromScreening(screening, new Map([[definition.id, definition]]));
    expect(prefill).toMatchObject({
      exploitationTypes: ['vn.ForcedOnlineScam'],
      controlMethods: [],
      recruitmentMethods: ['ThroughOnlineSocialNetworks'],
    });
    const form = withPrefill({ ...lan, exploitationTypes: ['ForcedLabour'] }, prefill);
    expect(form.intakeRoute).toBe('vn.Screening');
    expect(form.exploitationTypes).toEqual(['ForcedLabour', 'vn.ForcedOnlineScam']);
  });
});

describe('addresses of the case pages', () => {
  it('reads filters defensively', () => {
    expect(
      casesSearch({
        state: 'received',
        province: 1,
        overdue: 'true',
        page: 2,
        receivedFrom: '2026-01-01',
        x: 1,
      }),
    ).toEqual({ state: 'received', province: '01', overdue: true, page: 2, receivedFrom: '2026-01-01' });
    expect(casesSearch({ state: 'lost', receivedTo: '01/02/2026', exploitationType: '<script>' })).toEqual(
      {},
    );
    expect(newCaseSearch({ screening: 'not-an-id' })).toEqual({});
    const screening = '0196f3a2-7c1e-7d2a-9b3c-1a2b3c4d5e6f';
    const referral = '0196f3a2-7c1e-7d2a-9b3c-6f5e4d3c2b1a';
    expect(newCaseSearch({ screening, referral })).toEqual({ screening, referral });
    expect(newCaseSearch({ screening, referral: '../x' })).toEqual({ screening });
    expect(newCaseSearch({ referral })).toEqual({});
    expect(caseSearch({ tab: 'consent' })).toEqual({ tab: 'consent' });
    expect(caseSearch({ tab: 'summary' })).toEqual({});
  });
});

import {
  ageOn,
  type ConsentInput,
  type Instrument,
  type MatchRequest,
  type RegisterCaseInput,
  type ScreeningDetail,
} from '@lantern/domain';

/**
 * What the officer types while registering a case, kept in memory across the steps. It is never written to
 * the device: unlike a screening, it names the person, and a shared phone or office computer must not keep
 * that behind.
 */
export interface CaseForm {
  // Search and identity (sealed on the server)
  fullName: string;
  otherNames: string;
  birthKind: 'date' | 'year' | 'age';
  dateOfBirth: string | null;
  /** A date of birth was typed that is not a real day: never search or register as if none was given. */
  dateOfBirthUnreadable: boolean;
  birthYear: string;
  approximateAge: string;
  phone: string;
  documentType: 'national_id' | 'passport' | 'other';
  documentNumber: string;
  address: string;
  // Profile (in the clear, for lists and statistics)
  sex: string | null;
  homeProvinceCode: string | null;
  homeCommuneCode: string | null;
  nationality: string | null;
  languages: string[];
  educationLevel: string | null;
  maritalStatus: string | null;
  ethnicity: string | null;
  childrenCount: string;
  // Trafficking details
  receivedOn: string | null;
  intakeRoute: string | null;
  subjectCategory: string | null;
  exploitationTypes: string[];
  controlMethods: string[];
  recruitmentMethods: string[];
  recruitmentPlatforms: string[];
  relationshipToRecruiter: string | null;
  // Journey: where the person was recruited and exploited, and when they came back
  recruitmentCountry: string | null;
  exploitationCountry: string | null;
  exploitationFrom: string | null;
  exploitationTo: string | null;
  returnedOn: string | null;
  // Consent, given at one sitting: one record per purpose agreed to
  consentPurposes: Array<ConsentInput['purpose']>;
  sharingAgencyTypes: string[];
  consentMethod: ConsentInput['method'] | null;
  witness: string;
  consentLanguage: string;
  consentOn: string | null;
  childAssent: boolean | null;
}

export function emptyCaseForm(today: string): CaseForm {
  return {
    fullName: '',
    otherNames: '',
    birthKind: 'date',
    dateOfBirth: null,
    dateOfBirthUnreadable: false,
    birthYear: '',
    approximateAge: '',
    phone: '',
    documentType: 'national_id',
    documentNumber: '',
    address: '',
    sex: null,
    homeProvinceCode: null,
    homeCommuneCode: null,
    nationality: 'VNM',
    languages: ['vie'],
    educationLevel: null,
    maritalStatus: null,
    ethnicity: null,
    childrenCount: '',
    receivedOn: today,
    intakeRoute: null,
    subjectCategory: null,
    exploitationTypes: [],
    controlMethods: [],
    recruitmentMethods: [],
    recruitmentPlatforms: [],
    relationshipToRecruiter: null,
    recruitmentCountry: null,
    exploitationCountry: null,
    exploitationFrom: null,
    exploitationTo: null,
    returnedOn: null,
    consentPurposes: ['services'],
    sharingAgencyTypes: [],
    consentMethod: null,
    witness: '',
    consentLanguage: 'vie',
    consentOn: today,
    childAssent: null,
  };
}

const wholeNumber = (text: string): number | undefined => {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
};

const otherNamesOf = (form: CaseForm) =>
  form.otherNames
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** What is known of the birth, in the form the API takes: a date, a year, or an age stated today. */
export function birthOf(form: CaseForm, today: string) {
  if (form.birthKind === 'date' && form.dateOfBirth) return { dateOfBirth: form.dateOfBirth };
  const year = wholeNumber(form.birthYear);
  if (form.birthKind === 'year' && year !== undefined) return { birthYear: year };
  const age = wholeNumber(form.approximateAge);
  if (form.birthKind === 'age' && age !== undefined) return { approximateAge: { years: age, on: today } };
  return {};
}

/** Whether the person is a child (under 18) by what is known; unknown counts as not known to be a child. */
export function isChild(form: CaseForm, today: string): boolean {
  const age = ageOn(birthOf(form, today), today);
  return age !== undefined && age < 18;
}

/** The search before registering: the same facts the registration will carry. */
export function matchRequestOf(form: CaseForm, today: string): MatchRequest {
  const otherNames = otherNamesOf(form);
  return {
    fullName: form.fullName.trim(),
    ...(otherNames.length > 0 ? { otherNames } : {}),
    ...birthOf(form, today),
    ...(form.sex ? { sex: form.sex } : {}),
    ...(form.homeProvinceCode ? { homeProvinceCode: form.homeProvinceCode } : {}),
    ...(form.homeProvinceCode && form.homeCommuneCode ? { homeCommuneCode: form.homeCommuneCode } : {}),
    ...(form.phone.trim() ? { phones: [form.phone.trim()] } : {}),
    ...(form.documentNumber.trim() ? { documentNumbers: [form.documentNumber.trim()] } : {}),
  };
}

/** A stable key of a search, to know whether the candidates shown still answer what is typed now. */
export function searchKey(form: CaseForm, today: string): string {
  return JSON.stringify(matchRequestOf(form, today));
}

export function registrationOf(
  form: CaseForm,
  today: string,
  extra: { screeningId?: string | undefined; registerDespite: readonly string[] },
): RegisterCaseInput {
  const child = isChild(form, today);
  const children = wholeNumber(form.childrenCount);
  const consentBase = {
    sharingAgencyIds: [],
    sharingAgencyTypes: [],
    method: form.consentMethod ?? 'signed_form',
    ...(form.consentMethod === 'verbal_witnessed' && form.witness.trim()
      ? { witness: form.witness.trim() }
      : {}),
    language: form.consentLanguage,
    obtainedOn: form.consentOn ?? today,
    givenBy: child ? ('guardian' as const) : ('person' as const),
    ...(child && form.childAssent !== null ? { childAssent: form.childAssent } : {}),
  };
  return {
    person: {
      identity: {
        fullName: form.fullName.trim(),
        otherNames: otherNamesOf(form),
        ...birthOf(form, today),
        documents: form.documentNumber.trim()
          ? [{ type: form.documentType, number: form.documentNumber.trim() }]
          : [],
        phones: form.phone.trim() ? [form.phone.trim()] : [],
        addresses: form.address.trim()
          ? [
              {
                text: form.address.trim(),
                ...(form.homeProvinceCode ? { provinceCode: form.homeProvinceCode } : {}),
                ...(form.homeProvinceCode && form.homeCommuneCode
                  ? { communeCode: form.homeCommuneCode }
                  : {}),
              },
            ]
          : [],
      },
      profile: {
        ...(form.sex ? { sex: form.sex } : {}),
        ...(form.nationality ? { nationality: form.nationality } : {}),
        languages: form.languages,
        ...(form.educationLevel ? { educationLevel: form.educationLevel } : {}),
        ...(form.maritalStatus ? { maritalStatus: form.maritalStatus } : {}),
        ...(form.ethnicity ? { ethnicity: form.ethnicity } : {}),
        ...(children !== undefined ? { childrenCount: children } : {}),
        ...(form.homeProvinceCode ? { homeProvinceCode: form.homeProvinceCode } : {}),
        ...(form.homeProvinceCode && form.homeCommuneCode ? { homeCommuneCode: form.homeCommuneCode } : {}),
      },
    },
    case: {
      receivedOn: form.receivedOn ?? today,
      intakeRoute: form.intakeRoute ?? '',
      ...(form.subjectCategory ? { subjectCategory: form.subjectCategory } : {}),
      exploitationTypes: form.exploitationTypes,
      controlMethods: form.controlMethods,
      recruitmentMethods: form.recruitmentMethods,
      recruitmentPlatforms: form.recruitmentPlatforms,
      ...(form.relationshipToRecruiter ? { relationshipToRecruiter: form.relationshipToRecruiter } : {}),
      journey: {
        ...(form.recruitmentCountry ? { recruitment: { country: form.recruitmentCountry } } : {}),
        ...(form.exploitationCountry || form.exploitationFrom || form.exploitationTo
          ? {
              exploitation: [
                {
                  ...(form.exploitationCountry ? { country: form.exploitationCountry } : {}),
                  ...(form.exploitationFrom ? { from: form.exploitationFrom } : {}),
                  ...(form.exploitationTo ? { to: form.exploitationTo } : {}),
                },
              ],
            }
          : {}),
        ...(form.returnedOn ? { returnedOn: form.returnedOn } : {}),
      },
    },
    ...(extra.screeningId ? { screeningId: extra.screeningId } : {}),
    consents: form.consentPurposes.map((purpose) => ({
      ...consentBase,
      purpose,
      ...(purpose === 'sharing' ? { sharingAgencyTypes: form.sharingAgencyTypes } : {}),
    })),
    registerDespite: [...extra.registerDespite],
  };
}

export type FormErrors = Partial<Record<keyof CaseForm, string>>;

/** Problems that stop a step, as translation keys; the server checks everything again. */
export function stepProblems(
  step: 'search' | 'person' | 'details' | 'consent',
  form: CaseForm,
  today: string,
) {
  const problems: FormErrors = {};
  if (step === 'search') {
    if (form.fullName.trim().length < 2) problems.fullName = 'casesWeb.register.errors.name';
    if (form.birthKind === 'date' && form.dateOfBirthUnreadable)
      problems.dateOfBirth = 'casesWeb.form.dayInvalid';
    else if (form.birthKind === 'date' && form.dateOfBirth && form.dateOfBirth > today)
      problems.dateOfBirth = 'casesWeb.register.errors.future';
    const year = wholeNumber(form.birthYear);
    if (
      form.birthKind === 'year' &&
      form.birthYear.trim() &&
      (year === undefined || year < 1900 || year > Number(today.slice(0, 4)))
    )
      problems.birthYear = 'casesWeb.register.errors.birthYear';
    const age = wholeNumber(form.approximateAge);
    if (form.birthKind === 'age' && form.approximateAge.trim() && (age === undefined || age > 120))
      problems.approximateAge = 'casesWeb.register.errors.age';
    if (form.phone.trim() && form.phone.replace(/\D/g, '').length < 6)
      problems.phone = 'casesWeb.register.errors.phone';
    if (form.documentNumber.trim() && form.documentNumber.trim().length < 3)
      problems.documentNumber = 'casesWeb.register.errors.document';
  }
  if (step === 'person') {
    if (form.childrenCount.trim() && wholeNumber(form.childrenCount) === undefined)
      problems.childrenCount = 'casesWeb.register.errors.number';
  }
  if (step === 'details') {
    if (!form.receivedOn) problems.receivedOn = 'casesWeb.register.errors.receivedOn';
    else if (form.receivedOn > today) problems.receivedOn = 'casesWeb.register.errors.future';
    if (!form.intakeRoute) problems.intakeRoute = 'casesWeb.register.errors.intakeRoute';
  }
  if (step === 'consent') {
    if (!form.consentPurposes.includes('services'))
      problems.consentPurposes = 'casesWeb.register.errors.services';
    if (!form.consentMethod) problems.consentMethod = 'casesWeb.register.errors.method';
    if (form.consentMethod === 'verbal_witnessed' && !form.witness.trim())
      problems.witness = 'casesWeb.register.errors.witness';
    if (form.consentPurposes.includes('sharing') && form.sharingAgencyTypes.length === 0)
      problems.sharingAgencyTypes = 'casesWeb.register.errors.sharing';
    if (!form.consentOn) problems.consentOn = 'casesWeb.register.errors.consentOn';
    else if (form.consentOn > today) problems.consentOn = 'casesWeb.register.errors.future';
    if (isChild(form, today) && form.childAssent === null)
      problems.childAssent = 'casesWeb.register.errors.assent';
  }
  return problems;
}

const PREFILLED_VOCABULARIES = {
  'exploitation-type': 'exploitationTypes',
  'control-method': 'controlMethods',
  'recruitment-method': 'recruitmentMethods',
  'online-platform': 'recruitmentPlatforms',
} as const;

export type ScreeningPrefill = Pick<
  CaseForm,
  'exploitationTypes' | 'controlMethods' | 'recruitmentMethods' | 'recruitmentPlatforms'
> & { consentLanguage: string };

/**
 * What a screening already says, as vocabulary codes: the options of its multi-choice questions that stand
 * for a code (the act-means-purpose screen is built on the HTCDS lists). "Unknown" and "prefers not to
 * answer" carry no code and add nothing.
 */
export function prefillFromScreening(
  screening: ScreeningDetail,
  definitions: ReadonlyMap<string, Instrument>,
): ScreeningPrefill {
  const found: Record<(typeof PREFILLED_VOCABULARIES)[keyof typeof PREFILLED_VOCABULARIES], Set<string>> = {
    exploitationTypes: new Set(),
    controlMethods: new Set(),
    recruitmentMethods: new Set(),
    recruitmentPlatforms: new Set(),
  };
  for (const response of screening.responses) {
    const instrument = definitions.get(response.instrumentId);
    if (!instrument || instrument.version !== response.instrumentVersion) continue;
    for (const section of instrument.sections)
      for (const question of section.questions) {
        const field =
          question.vocabulary && question.vocabulary in PREFILLED_VOCABULARIES
            ? PREFILLED_VOCABULARIES[question.vocabulary as keyof typeof PREFILLED_VOCABULARIES]
            : undefined;
        const answer = response.answers[question.id];
        if (!field || !Array.isArray(answer)) continue;
        for (const value of answer) {
          const code = question.options?.find((option) => option.value === value)?.code;
          if (code) found[field].add(code);
        }
      }
  }
  return {
    exploitationTypes: [...found.exploitationTypes],
    controlMethods: [...found.controlMethods],
    recruitmentMethods: [...found.recruitmentMethods],
    recruitmentPlatforms: [...found.recruitmentPlatforms],
    consentLanguage: screening.interviewLanguage,
  };
}

/** The codes of a screening's answers, added to what the form already holds (nothing typed is lost). */
export function withPrefill(form: CaseForm, prefill: ScreeningPrefill): CaseForm {
  const union = (current: string[], more: string[]) => [...new Set([...current, ...more])];
  return {
    ...form,
    intakeRoute: form.intakeRoute ?? 'vn.Screening',
    exploitationTypes: union(form.exploitationTypes, prefill.exploitationTypes),
    controlMethods: union(form.controlMethods, prefill.controlMethods),
    recruitmentMethods: union(form.recruitmentMethods, prefill.recruitmentMethods),
    recruitmentPlatforms: union(form.recruitmentPlatforms, prefill.recruitmentPlatforms),
    consentLanguage: /^[a-z]{3}$/.test(prefill.consentLanguage)
      ? prefill.consentLanguage
      : form.consentLanguage,
  };
}

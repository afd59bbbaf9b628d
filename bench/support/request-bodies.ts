// Bodies for the write paths: new synthetic people and screenings, as the register and screening forms send them.
import { randomInt, randomUUID } from 'node:crypto';
import { type SyntheticRegistration, syntheticRegistration } from '@lantern/domain';
import { BENCH_AS_OF } from './environment';

/** Far above any seeded index, and a seed of its own: new people, not second registrations of seeded ones. */
const FIRST_NEW_INDEX = 50_000_000;
const BODY_SEED = 99;

function nextRegistration(counter: { next: number }): SyntheticRegistration {
  for (;;) {
    const registration = syntheticRegistration(
      { seed: BODY_SEED, asOf: BENCH_AS_OF },
      FIRST_NEW_INDEX + counter.next++,
    );
    if (registration.duplicateOf === undefined && registration.namesakeOf === undefined) return registration;
  }
}

export function registerCaseBodies(): () => string {
  // Each run starts somewhere else in the generator: a cluster kept with --keep already holds the people an
  // earlier run registered, and registering them again answers 409 (probable duplicate) instead of creating.
  const counter = { next: randomInt(0, 2 ** 40) };
  return () => {
    const r = nextRegistration(counter);
    const { person } = r;
    return JSON.stringify({
      person: {
        identity: {
          fullName: person.fullName,
          otherNames: [],
          ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
          ...(person.birthYear !== undefined ? { birthYear: person.birthYear } : {}),
          ...(person.approximateAge ? { approximateAge: person.approximateAge } : {}),
          documents: (person.documentNumbers ?? []).map((number) => ({ type: 'national_id', number })),
          phones: person.phones ?? [],
          addresses: [],
        },
        profile: {
          ...r.profile,
          ...(person.sex ? { sex: person.sex } : {}),
          ...(person.homeProvinceCode ? { homeProvinceCode: person.homeProvinceCode } : {}),
          ...(person.homeCommuneCode ? { homeCommuneCode: person.homeCommuneCode } : {}),
        },
      },
      case: {
        receivedOn: r.case.receivedOn,
        intakeRoute: r.case.intakeRoute,
        ...(r.case.subjectCategory ? { subjectCategory: r.case.subjectCategory } : {}),
        exploitationTypes: r.case.exploitationTypes,
        controlMethods: r.case.controlMethods,
        recruitmentMethods: r.case.recruitmentMethods,
        recruitmentPlatforms: r.case.recruitmentPlatforms,
        ...(r.case.relationshipToRecruiter
          ? { relationshipToRecruiter: r.case.relationshipToRecruiter }
          : {}),
        journey: r.case.journey,
      },
      consents: r.consents,
      registerDespite: [],
    });
  };
}

export function screeningBodies(): () => string {
  const counter = { next: 0 };
  return () => {
    let r = nextRegistration(counter);
    while (!r.screening) r = nextRegistration(counter);
    const s = r.screening;
    return JSON.stringify({
      clientDraftId: randomUUID(),
      screenedAt: new Date().toISOString(),
      consentToInterview: true,
      interviewLanguage: s.interviewLanguage,
      interpreterUsed: s.interpreterUsed,
      provinceCode: s.provinceCode,
      ...(s.communeCode ? { communeCode: s.communeCode } : {}),
      responses: [
        { instrumentId: s.instrumentId, instrumentVersion: s.instrumentVersion, answers: s.answers },
      ],
    });
  };
}

import { ageOn } from '../cases/age-band';
import { type CaseState, traffickingStatusFor } from '../cases/lifecycle';
import {
  duplicateRecord,
  namesakeRecord,
  randomSource,
  type SyntheticPerson,
  syntheticPerson,
} from '../matching/synthetic-people';
import { assemble, type Draft } from './assemble';
import { caseStory, type StoryPerson } from './case-story';
import { membershipFor } from './community';
import { contactsFor } from './contacts';
import { ethnicityAndName } from './ethnicity';
import { ANY_PROVINCE, registeringAgencyType } from './places';
import { profileFor } from './profile';
import { chance, dayOf, draw, drawWeighted, isoOf, mixSeed, type Random } from './random';
import { referralsFor } from './referrals';
import { supportFor } from './support';
import type { SyntheticDatasetOptions, SyntheticRegistration } from './types';

/** Share of registrations that are a second agency's record of an earlier one. */
export const DUPLICATE_SHARE = 0.03;
/** Share of registrations of a different person with an earlier one's name and birth year. */
export const NAMESAKE_SHARE = 0.005;
/** Cases are received over the three years before `asOf`, more of them recently. */
export const WINDOW_DAYS = 1095;
const FIRST_DERIVED = 20;
const SALT_KIND = 0x4b1d;
const SALT_RECORD = 0x7e57;
// Referrals draw from a stream of their own: how many a case gets never moves the rest of its registration.
const SALT_REFERRALS = 0x2ef3;
// So do support, group membership and one-stop contacts (added later: the earlier streams stay as they were).
const SALT_SUPPORT = 0x5a11;
const SALT_MEMBERSHIP = 0x6b22;
const SALT_CONTACTS = 0x7c33;

type Kind = { kind: 'original' } | { kind: 'duplicate' | 'namesake'; of: number };
const ORIGINAL: Kind = { kind: 'original' };

/** Whether a position holds an original record, a duplicate or a namesake (and of which earlier original). */
function kindOf(seed: number, index: number): Kind {
  if (index < FIRST_DERIVED) return ORIGINAL;
  const random = randomSource(mixSeed(seed, index, SALT_KIND));
  const roll = random();
  if (roll >= DUPLICATE_SHARE + NAMESAKE_SHARE) return ORIGINAL;
  let target = Math.floor(random() * index);
  for (;;) {
    const earlier = kindOf(seed, target);
    if (earlier.kind === 'original') break;
    if (earlier.kind === 'duplicate') {
      target = earlier.of;
      break;
    }
    target -= 1;
  }
  return { kind: roll < DUPLICATE_SHARE ? 'duplicate' : 'namesake', of: target };
}

interface Built {
  registration: SyntheticRegistration;
  draft: Draft;
}

/** A reception day over the window, denser towards `asOf` (density rising threefold); and how recent (0–1). */
function receptionDay(random: Random, asOfDay: number): { day: number; recency: number } {
  const u = random();
  const recency = (-1 + Math.sqrt(1 + 8 * u)) / 2;
  return { day: Math.min(asOfDay, asOfDay - WINDOW_DAYS + Math.floor(recency * (WINDOW_DAYS + 1))), recency };
}

function originalRecord(options: SyntheticDatasetOptions, asOfDay: number, index: number, kind: Kind): Built {
  const random = randomSource(mixSeed(options.seed, index, SALT_RECORD));
  let person: SyntheticPerson;
  let ethnicity: string;
  if (kind.kind === 'namesake') {
    const target = build(options, asOfDay, kind.of);
    person = namesakeRecord(target.registration.person, random, index);
    ethnicity = target.draft.ethnicity;
  } else {
    person = syntheticPerson(random, index);
    const named = ethnicityAndName(
      random,
      person.fullName,
      person.sex === 'Feminine',
      person.homeProvinceCode as string,
    );
    person.fullName = named.fullName;
    ethnicity = named.ethnicity;
  }
  const female = person.sex === 'Feminine';
  const home = person.homeProvinceCode as string;
  const { day: receivedDay, recency } = receptionDay(random, asOfDay);
  const age = ageOn(person, isoOf(receivedDay)) ?? 25;
  const storyPerson: StoryPerson = { female, age, homeProvinceCode: home };
  if (person.homeCommuneCode) storyPerson.homeCommuneCode = person.homeCommuneCode;
  const story = caseStory(random, storyPerson, receivedDay, recency);

  const returned =
    story.intakeRoute === 'vn.ReturnedByForeignAuthorities' || story.intakeRoute === 'vn.Rescued';
  let province = home;
  let atGateway = false;
  if (story.gateway && returned && chance(random, 0.75)) {
    province = story.gateway;
    atGateway = true;
  } else if (story.exploitationProvince && story.intakeRoute === 'vn.Rescued' && chance(random, 0.5)) {
    province = story.exploitationProvince;
    atGateway = true;
  } else if (chance(random, 0.06)) province = draw(random, ANY_PROVINCE);

  const details: Draft['details'] = {
    intakeRoute: story.intakeRoute,
    exploitationTypes: story.exploitationTypes,
    controlMethods: story.controlMethods,
    recruitmentMethods: story.recruitmentMethods,
    recruitmentPlatforms: story.recruitmentPlatforms,
    journey: story.journey,
  };
  if (story.relationshipToRecruiter) details.relationshipToRecruiter = story.relationshipToRecruiter;
  const draft: Draft = {
    index,
    individual: index,
    person,
    profile: profileFor(random, {
      ethnicity,
      age,
      female,
      scam: story.pattern === 'scam-compound',
      yearsInChina: story.destination === 'CHN' ? story.durationDays / 365 : 0,
    }),
    agencyType: registeringAgencyType(random, province, atGateway),
    agencyProvinceCode: province,
    story,
    details,
    receivedDay,
    age,
    female,
    ethnicity,
    screeningChance: 0.6,
  };
  if (kind.kind === 'namesake') draft.namesakeOf = kind.of;
  return { registration: assemble(random, draft, asOfDay), draft };
}

function keep<T>(random: Random, value: T | undefined, probability: number): T | undefined {
  return value !== undefined && chance(random, probability) ? value : undefined;
}

/** A second agency's record of the person of an earlier registration: later, elsewhere, knowing less. */
function duplicateRecordOf(original: Built, asOfDay: number, index: number, seed: number): Built {
  const random = randomSource(mixSeed(seed, index, SALT_RECORD));
  const first = original.registration;
  const person = duplicateRecord(first.person, random);
  const home = first.person.homeProvinceCode as string;
  let province = home;
  let type: string;
  if (first.agencyProvinceCode !== home) type = registeringAgencyType(random, home, false);
  else {
    if (chance(random, 0.4)) {
      province = draw(random, ANY_PROVINCE);
      if (province === home) province = home === '79' ? '01' : '79';
    }
    type = registeringAgencyType(random, province, false);
    for (let attempt = 0; attempt < 10 && province === home && type === first.agencyType; attempt++)
      type = registeringAgencyType(random, province, false);
    if (province === home && type === first.agencyType)
      type = type === 'social_work_centre' ? 'commune_police' : 'social_work_centre';
  }
  const receivedDay = Math.min(asOfDay, dayOf(first.case.receivedOn) + 2 + Math.floor(random() * 59));
  if (person.approximateAge && first.person.dateOfBirth) {
    // An age stated at this reception (the same offset from the true age as the one drawn).
    const birthYear = Number(first.person.dateOfBirth.slice(0, 4));
    const offset = Number(person.approximateAge.on.slice(0, 4)) - birthYear - person.approximateAge.years;
    const on = isoOf(receivedDay);
    person.approximateAge = { years: Math.max(0, Number(on.slice(0, 4)) - birthYear - offset), on };
  }
  const base = original.draft.details;
  const recruitmentMethods = chance(random, 0.1) ? [] : base.recruitmentMethods;
  const details: Draft['details'] = {
    intakeRoute: drawWeighted(random, [
      ['vn.ReferredByAgency', 55],
      ['vn.SelfReported', 20],
      ['vn.ReportedByFamily', 10],
      [base.intakeRoute, 15],
    ]),
    exploitationTypes: base.exploitationTypes,
    controlMethods: base.controlMethods.filter(() => chance(random, 0.8)),
    recruitmentMethods,
    recruitmentPlatforms: recruitmentMethods.length > 0 ? base.recruitmentPlatforms : [],
    journey: { ...base.journey },
  };
  const relationship = keep(random, base.relationshipToRecruiter, 0.7);
  if (relationship) details.relationshipToRecruiter = relationship;
  if (chance(random, 0.2)) delete details.journey.returnedOn;
  if (chance(random, 0.2)) delete details.journey.recruitment;

  const profile: Draft['profile'] = { languages: chance(random, 0.15) ? [] : first.profile.languages };
  const fields = ['ethnicity', 'nationality', 'educationLevel', 'maritalStatus', 'childrenCount'] as const;
  for (const field of fields) {
    const value = keep(random, first.profile[field], 0.75);
    if (value !== undefined) (profile as Record<string, unknown>)[field] = value;
  }
  const age = ageOn(person, isoOf(receivedDay)) ?? original.draft.age;
  const draft: Draft = {
    ...original.draft,
    index,
    duplicateOf: first.index,
    person,
    profile,
    agencyType: type,
    agencyProvinceCode: province,
    details,
    receivedDay,
    age,
    screeningChance: 0.2,
  };
  delete draft.namesakeOf;
  return { registration: assemble(random, draft, asOfDay), draft };
}

function build(options: SyntheticDatasetOptions, asOfDay: number, index: number): Built {
  const kind = kindOf(options.seed, index);
  const built =
    kind.kind === 'duplicate'
      ? duplicateRecordOf(build(options, asOfDay, kind.of), asOfDay, index, options.seed)
      : originalRecord(options, asOfDay, index, kind);
  const random = randomSource(mixSeed(options.seed, index, SALT_REFERRALS));
  const { age, female } = built.draft;
  built.registration.referrals = referralsFor(random, built.registration, { age, female, asOfDay });
  return built;
}

/** What follows a registration (support, a group, one-stop contacts); only for the position asked for. */
function followUp(seed: number, asOfDay: number, registration: SyntheticRegistration): SyntheticRegistration {
  const { index } = registration;
  const support = supportFor(randomSource(mixSeed(seed, index, SALT_SUPPORT)), registration, asOfDay);
  if (support) registration.support = support;
  const joining = randomSource(mixSeed(seed, index, SALT_MEMBERSHIP));
  const membership = membershipFor(joining, seed, registration, asOfDay);
  if (membership) registration.membership = membership;
  registration.contacts = contactsFor(
    randomSource(mixSeed(seed, index, SALT_CONTACTS)),
    registration,
    asOfDay,
  );
  return registration;
}

/**
 * One synthetic registration, a pure function of the seed, `asOf` and the position: any position can be
 * generated on its own, in any order, and always comes out the same.
 */
export function syntheticRegistration(
  options: SyntheticDatasetOptions,
  index: number,
): SyntheticRegistration {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`index must be a whole number ≥ 0: ${index}`);
  const asOfDay = dayOf(options.asOf);
  return followUp(options.seed, asOfDay, build(options, asOfDay, index).registration);
}

/** The registrations at positions `from` (included) to `to` (excluded). */
export function syntheticRegistrations(
  options: SyntheticDatasetOptions,
  from: number,
  to: number,
): SyntheticRegistration[] {
  const asOfDay = dayOf(options.asOf);
  const registrations: SyntheticRegistration[] = [];
  for (let index = from; index < to; index++)
    registrations.push(followUp(options.seed, asOfDay, build(options, asOfDay, index).registration));
  return registrations;
}

/** The HTCDS trafficking status the registration ends with (as the server's transitions would set it). */
export function syntheticTraffickingStatus(registration: SyntheticRegistration): string {
  let status = traffickingStatusFor('received');
  for (const event of registration.events) {
    const to = event.details.to;
    if (event.kind.startsWith('transition.') && typeof to === 'string')
      status = traffickingStatusFor(to as CaseState, status);
  }
  return status;
}

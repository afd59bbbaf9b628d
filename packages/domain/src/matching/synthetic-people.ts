import { communesOf } from '../reference/admin-units';
import type { PersonEvidence } from './evidence';
import { nameVariants } from './name-variants';
import {
  FAMILY,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  HMONG,
  HMONG_FEMALE_GIVEN,
  HMONG_FEMALE_MIDDLE,
  HMONG_MALE_GIVEN,
  HMONG_MALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  MOUNTAIN_PROVINCES,
  PROVINCES,
  type Weighted,
} from './synthetic-names';

/**
 * Deterministic synthetic Vietnamese people and labelled look-alikes, for measuring the matcher (and for
 * demo and benchmark data). Nobody here is real: names are drawn from frequency tables, dates at random.
 */

/** A small, fast, seedable generator (mulberry32): the same seed gives the same people. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random: () => number, table: Weighted): string {
  const sum = table.reduce((acc, [, weight]) => acc + weight, 0);
  let roll = random() * sum;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return (table.at(-1) as readonly [string, number])[0];
}

export interface SyntheticPerson extends PersonEvidence {
  /** Which real individual this record describes; two records with the same id are the same person. */
  individual: number;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The 2025 communes of each province, looked up once (large synthetic datasets call this per person). */
const communesByProvince = new Map<string, ReturnType<typeof communesOf>>();

function communesIn(provinceCode: string): ReturnType<typeof communesOf> {
  let communes = communesByProvince.get(provinceCode);
  if (!communes) {
    communes = communesOf(provinceCode, '2026-01-01');
    communesByProvince.set(provinceCode, communes);
  }
  return communes;
}

/** One synthetic person with a full identity; the caller decides which parts a record keeps. */
export function syntheticPerson(random: () => number, individual: number): SyntheticPerson {
  const female = random() < 0.72; // most identified victims in Viet Nam are women and girls
  const family = pick(random, FAMILY);
  const hmong = HMONG.has(family);
  const middle = hmong
    ? pick(random, female ? HMONG_FEMALE_MIDDLE : HMONG_MALE_MIDDLE)
    : pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = hmong
    ? pick(random, female ? HMONG_FEMALE_GIVEN : HMONG_MALE_GIVEN)
    : pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
  const year = 1975 + Math.floor(random() * 33) + (random() < 0.4 ? 10 : 0);
  const dateOfBirth = `${Math.min(year, 2010)}-${twoDigits(1 + Math.floor(random() * 12))}-${twoDigits(1 + Math.floor(random() * 28))}`;
  const homeProvinceCode = pick(random, hmong ? MOUNTAIN_PROVINCES : PROVINCES);
  const person: SyntheticPerson = {
    individual,
    fullName: `${family} ${middle} ${given}`,
    dateOfBirth,
    sex: female ? 'Feminine' : 'Masculine', // the HTCDS gender codes the API takes
    homeProvinceCode,
  };
  const communes = communesIn(homeProvinceCode);
  const commune = communes[Math.floor(random() * communes.length)];
  if (commune) person.homeCommuneCode = commune.code;
  if (random() < 0.45) person.phones = [`09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`];
  if (random() < 0.3) person.documentNumbers = [String(Math.floor(random() * 1e12)).padStart(12, '0')];
  return person;
}

/**
 * Another agency's record of the same person: the name written another way, and some evidence lost or
 * coarsened (only a birth year, an approximate age, no phone), as happens at a second registration.
 */
export function duplicateRecord(person: SyntheticPerson, random: () => number): SyntheticPerson {
  const parts = person.fullName.split(' ');
  const variant = nameVariants[Math.floor(random() * nameVariants.length)] as (typeof nameVariants)[number];
  const copy: SyntheticPerson = { ...person, fullName: variant(parts, random) };
  const birth = random();
  if (birth < 0.3 && person.dateOfBirth) {
    delete copy.dateOfBirth;
    copy.birthYear = Number(person.dateOfBirth.slice(0, 4));
  } else if (birth < 0.4 && person.dateOfBirth) {
    delete copy.dateOfBirth;
    const age = 2026 - Number(person.dateOfBirth.slice(0, 4)) - Math.floor(random() * 3);
    copy.approximateAge = { years: age, on: '2026-06-01' };
  }
  if (random() < 0.5) delete copy.phones;
  if (random() < 0.6) delete copy.documentNumbers;
  if (random() < 0.3) delete copy.homeCommuneCode;
  return copy;
}

/**
 * A namesake: a different person with the same full name, sex, birth year and home province but another
 * date of birth — common in Viet Nam (a Hmong clan fills a few communes with the same names), and the
 * case a matcher must not merge.
 */
export function namesakeRecord(
  person: SyntheticPerson,
  random: () => number,
  individual: number,
): SyntheticPerson {
  const other = syntheticPerson(random, individual);
  const year = person.dateOfBirth?.slice(0, 4) ?? '1995';
  let date = `${year}-${twoDigits(1 + Math.floor(random() * 12))}-${twoDigits(1 + Math.floor(random() * 28))}`;
  if (date === person.dateOfBirth) date = `${year}-12-29`;
  const namesake: SyntheticPerson = {
    ...other,
    fullName: person.fullName,
    sex: person.sex,
    dateOfBirth: date,
  };
  if (person.homeProvinceCode) {
    namesake.homeProvinceCode = person.homeProvinceCode;
    const communes = communesIn(person.homeProvinceCode);
    const commune = communes[Math.floor(random() * communes.length)];
    if (commune) namesake.homeCommuneCode = commune.code;
  }
  return namesake;
}

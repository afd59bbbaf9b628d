import { communesOf } from '../reference/admin-units';
import type { PersonEvidence } from './evidence';

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

type Weighted = ReadonlyArray<readonly [string, number]>;

function pick(random: () => number, table: Weighted): string {
  const sum = table.reduce((acc, [, weight]) => acc + weight, 0);
  let roll = random() * sum;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return (table.at(-1) as readonly [string, number])[0];
}

const FAMILY: Weighted = [
  ['Nguyễn', 38.4],
  ['Trần', 11.2],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Hoàng', 5.1],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.5],
  ['Trịnh', 0.4],
  ['Trương', 0.4],
  ['Lò', 0.3],
  ['Hà', 0.3],
  ['Mai', 0.3],
  ['Cao', 0.3],
  ['Lương', 0.3],
  ['Vi', 0.2],
  ['Sùng', 0.2],
  ['Giàng', 0.2],
  ['Thào', 0.1],
  ['Lầu', 0.1],
];
const FEMALE_MIDDLE: Weighted = [
  ['Thị', 70],
  ['Ngọc', 6],
  ['Thu', 5],
  ['Thanh', 5],
  ['Kim', 4],
  ['Hồng', 4],
  ['Minh', 3],
  ['Phương', 3],
];
const MALE_MIDDLE: Weighted = [
  ['Văn', 60],
  ['Đức', 8],
  ['Minh', 8],
  ['Hữu', 6],
  ['Quốc', 6],
  ['Thanh', 5],
  ['Công', 4],
  ['Xuân', 3],
];
const FEMALE_GIVEN: Weighted = [
  ['Lan', 5],
  ['Hương', 6],
  ['Hoa', 4],
  ['Mai', 5],
  ['Linh', 6],
  ['Trang', 6],
  ['Thảo', 5],
  ['Hà', 4],
  ['Ngọc', 3],
  ['Anh', 5],
  ['Phương', 4],
  ['Huyền', 4],
  ['Thủy', 4],
  ['Nhung', 3],
  ['Hằng', 4],
  ['Yến', 3],
  ['Dung', 3],
  ['Vân', 3],
  ['Nga', 3],
  ['Thu', 3],
  ['Giang', 3],
  ['Ly', 3],
  ['Duyên', 2],
  ['Nhi', 3],
  ['Quỳnh', 3],
  ['Diệp', 1],
];
const MALE_GIVEN: Weighted = [
  ['Minh', 6],
  ['Hùng', 5],
  ['Dũng', 5],
  ['Tuấn', 6],
  ['Nam', 5],
  ['Hải', 5],
  ['Long', 5],
  ['Quang', 4],
  ['Sơn', 4],
  ['Thắng', 4],
  ['Đức', 4],
  ['Cường', 4],
  ['Hiếu', 4],
  ['Phúc', 3],
  ['Khánh', 3],
  ['Tài', 3],
  ['Bình', 3],
  ['Trung', 4],
  ['Thành', 4],
  ['Việt', 3],
  ['Huy', 4],
  ['Giang', 2],
  ['Kiên', 2],
  ['Lộc', 2],
  ['Toàn', 2],
];
/** Home provinces weighted towards the main sending areas (2025 codes). */
const PROVINCES: Weighted = [
  ['42', 8],
  ['40', 8],
  ['38', 6],
  ['31', 4],
  ['01', 6],
  ['04', 5],
  ['11', 4],
  ['12', 4],
  ['14', 4],
  ['15', 4],
  ['19', 4],
  ['20', 4],
  ['22', 4],
  ['24', 4],
  ['25', 3],
  ['33', 3],
  ['46', 2],
  ['48', 2],
  ['79', 3],
  ['92', 2],
];

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
  const middle = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
  const year = 1975 + Math.floor(random() * 33) + (random() < 0.4 ? 10 : 0);
  const dateOfBirth = `${Math.min(year, 2010)}-${twoDigits(1 + Math.floor(random() * 12))}-${twoDigits(1 + Math.floor(random() * 28))}`;
  const homeProvinceCode = pick(random, PROVINCES);
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

function stripDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const SINO: Record<string, string> = {
  Nguyễn: 'Ruan',
  Trần: 'Chen',
  Lê: 'Li',
  Phạm: 'Fan',
  Hoàng: 'Huang',
  Vũ: 'Wu',
  Đặng: 'Deng',
};

/** Ways the same person's name is written differently by another agency. */
const nameVariants: ReadonlyArray<(parts: string[], random: () => number) => string> = [
  (p) => stripDiacritics(p.join(' ')).toLowerCase(),
  (p) => [...p.slice(1), p[0]].join(' '), // family name last, as on foreign documents
  (p) => [p[0], p.at(-1)].join(' '), // middle name left out
  (p) => stripDiacritics([p.at(-1), ...p.slice(0, -1)].join(' ')), // given name first
  (p, r) => {
    // one typing error in the given name
    const given = stripDiacritics(p.at(-1) as string);
    const at = 1 + Math.floor(r() * Math.max(1, given.length - 1));
    const typo =
      r() < 0.5
        ? given.slice(0, at) + given.slice(at + 1)
        : given.slice(0, at) + given[at - 1] + given.slice(at);
    return [...p.slice(0, -1), typo].join(' ');
  },
  (p) => [SINO[p[0] as string] ?? (p[0] as string), ...p.slice(1)].map(stripDiacritics).join(' '),
  (p) => p.join(' ').toUpperCase(),
];

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
 * A namesake: a different person with the same full name and birth year but another date of birth (and
 * usually another home) — common in Viet Nam, and the case a matcher must not merge.
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
  return { ...other, fullName: person.fullName, sex: person.sex, dateOfBirth: date } as SyntheticPerson;
}

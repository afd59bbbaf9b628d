import { tokens } from '../text/fold';

/**
 * Vietnamese family names with their approximate share of the population (the figures usually quoted:
 * Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …) and the spellings they take in foreign documents. Women
 * returned across the northern border often carry papers in Chinese, where Nguyễn (阮) is written "Ruan",
 * Trần (陳) "Chen", and so on. Huỳnh is the southern form of Hoàng, Võ of Vũ.
 */
export const familyNames: ReadonlyArray<{ name: string; share: number; variants: readonly string[] }> = [
  {
    name: 'nguyen',
    share: 0.384,
    variants: ['ruan', 'nguyenn', 'ngyuen', 'nguen', 'nguyn', 'nyugen', 'win'],
  },
  { name: 'tran', share: 0.112, variants: ['chen', 'chan'] },
  { name: 'le', share: 0.095, variants: ['li', 'lee'] },
  { name: 'pham', share: 0.071, variants: ['fan', 'fam'] },
  { name: 'hoang', share: 0.051, variants: ['huynh', 'huang', 'hoan', 'wong'] },
  { name: 'phan', share: 0.045, variants: ['pan', 'fan'] },
  { name: 'vu', share: 0.039, variants: ['vo', 'wu', 'woo'] },
  { name: 'dang', share: 0.021, variants: ['deng'] },
  { name: 'bui', share: 0.02, variants: ['pei', 'buoi'] },
  { name: 'do', share: 0.014, variants: ['du'] },
  { name: 'ho', share: 0.013, variants: ['hu'] },
  { name: 'ngo', share: 0.013, variants: ['wu'] },
  { name: 'duong', share: 0.01, variants: ['yang', 'zuong'] },
  { name: 'ly', share: 0.005, variants: ['li', 'lee'] },
  { name: 'dinh', share: 0.005, variants: ['ding'] },
  { name: 'trinh', share: 0.004, variants: ['zheng'] },
  { name: 'truong', share: 0.004, variants: ['zhang', 'chuong'] },
  { name: 'mai', share: 0.003, variants: [] },
  { name: 'cao', share: 0.003, variants: ['gao'] },
  { name: 'luong', share: 0.003, variants: ['liang'] },
  { name: 'lam', share: 0.003, variants: ['lin'] },
  { name: 'ha', share: 0.003, variants: ['he'] },
  { name: 'vuong', share: 0.002, variants: ['wang'] },
  { name: 'trieu', share: 0.002, variants: ['zhao'] },
  { name: 'thai', share: 0.002, variants: [] },
  { name: 'luu', share: 0.002, variants: ['liu'] },
  { name: 'tong', share: 0.002, variants: ['song'] },
  { name: 'quach', share: 0.002, variants: ['guo'] },
  { name: 'la', share: 0.001, variants: ['luo'] },
  { name: 'hua', share: 0.001, variants: ['xu'] },
];

/** The share used for a family name that is not in the list: rare, so agreeing on it is strong evidence. */
export const RARE_FAMILY_SHARE = 0.001;

/** Middle names so common that leaving them out, or writing a different one of them, says little. */
export const generationMarkers: ReadonlySet<string> = new Set(['thi', 'van']);

const canonicalFamily = new Map<string, Set<string>>();
for (const entry of familyNames) {
  for (const spelling of [entry.name, ...entry.variants]) {
    const known = canonicalFamily.get(spelling) ?? new Set<string>();
    known.add(entry.name);
    canonicalFamily.set(spelling, known);
  }
}

/** The Vietnamese family names a spelling can stand for ("ruan" → nguyen; "li" → le or ly). */
export function familyCandidates(token: string): ReadonlySet<string> {
  return canonicalFamily.get(token) ?? new Set();
}

export function isFamilyName(token: string): boolean {
  return canonicalFamily.has(token);
}

export function familyShare(name: string): number {
  return familyNames.find((entry) => entry.name === name)?.share ?? RARE_FAMILY_SHARE;
}

const shareBySpelling = new Map<string, number>();
for (const [spelling, names] of canonicalFamily)
  shareBySpelling.set(
    spelling,
    [...names].reduce((sum, name) => sum + familyShare(name), 0),
  );

/**
 * The share of people whose family name can be written this way: "Ruan" is Nguyễn's, "Li" Lê's and Lý's
 * together (a Chinese "Li" says no more than that). A spelling we do not know counts as rare.
 */
export function spellingShare(spelling: string): number {
  return shareBySpelling.get(spelling) ?? RARE_FAMILY_SHARE;
}

export interface ParsedName {
  /** Folded tokens in the order written. */
  tokens: string[];
  family: string | undefined;
  /** Folded middle names, in order. */
  middle: string[];
  given: string | undefined;
  /** False when the name was written given-name first ("Lan Nguyen Thi", as foreign documents do). */
  familyFirst: boolean;
}

/**
 * Reads a full name typed as one string, in either order. Vietnamese order is family – middle – given;
 * when the first word is not a family name but the last is, the name was written in Western order. A
 * single word is taken as the given name.
 */
export function parseName(fullName: string): ParsedName {
  const words = tokens(fullName);
  if (words.length === 0)
    return { tokens: [], family: undefined, middle: [], given: undefined, familyFirst: true };
  if (words.length === 1)
    return { tokens: words, family: undefined, middle: [], given: words[0], familyFirst: true };
  const first = words[0] as string;
  const last = words.at(-1) as string;
  // Ending on Thị is never Vietnamese order, nor ending on Văn after a first word that is not a family name
  // ("Vân", a given name, folds to the same letters): the given name was written first ("Lan Nguyen Thi").
  if (words.length >= 3 && (last === 'thi' || (last === 'van' && !isFamilyName(first)))) {
    const familyAt = words.slice(1).findIndex((word) => isFamilyName(word)) + 1 || 1;
    const middle = words.filter((_, index) => index !== 0 && index !== familyAt);
    return { tokens: words, family: words[familyAt] as string, middle, given: first, familyFirst: false };
  }
  if (!isFamilyName(first) && isFamilyName(last)) {
    // Foreign documents move the family name to the end: "Thi Lan Nguyen", or "Lan Thi Nguyen". The given
    // name is the last of the rest, unless that is Thị (then the first).
    const rest = words.slice(0, -1);
    const givenAtStart = rest.at(-1) === 'thi' && rest.length > 1;
    const given = (givenAtStart ? rest[0] : rest.at(-1)) as string;
    const middle = givenAtStart ? rest.slice(1) : rest.slice(0, -1);
    return { tokens: words, family: last, middle, given, familyFirst: false };
  }
  const familyAt = isFamilyName(first) ? 0 : words.findIndex((word) => isFamilyName(word));
  if (familyAt > 0) {
    // Given name first, then the family name: "Lan Nguyen Minh".
    const middle = words.filter((_, index) => index !== 0 && index !== familyAt);
    return { tokens: words, family: words[familyAt] as string, middle, given: first, familyFirst: false };
  }
  return { tokens: words, family: first, middle: words.slice(1, -1), given: last, familyFirst: true };
}

/**
 * A sound key for a folded name token, so that spellings a Vietnamese ear hears as the same give the same
 * key: "ph"/"f", "gh"/"g", "ngh"/"ng", "y"/"i", the northern merger of d/gi/r and of ch/tr, s/x, doubled
 * letters. Used for blind-index candidates; the scorer still compares the real spellings.
 */
export function soundKey(token: string): string {
  return token
    .replace(/(.)\1+/g, '$1')
    .replace(/^ngh/, 'ng')
    .replace(/^gh/, 'g')
    .replace(/^gi/, 'z')
    .replace(/^[dr]/, 'z')
    .replace(/^tr/, 'ch')
    .replace(/^ph/, 'f')
    .replace(/^x/, 's')
    .replace(/^q/, 'k')
    .replace(/^c(?!h)/, 'k')
    .replace(/^k(?=h)/, 'k')
    .replace(/y/g, 'i')
    .replace(/nh$/, 'n')
    .replace(/ch$/, 't')
    .replace(/c$/, 't');
}

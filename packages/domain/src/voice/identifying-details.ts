import { allUnits, eras } from '../reference/admin-units';

/**
 * Finds the details in a survivor's story that could identify them or someone else (issue #20), so that the
 * worker can remove them before the story is reviewed: personal names, places, phone numbers, ID numbers and
 * e-mail addresses. It errs towards highlighting: a highlight the worker keeps costs a glance, an identifier
 * left in a published story can cost a life. Text with and without diacritics is read alike.
 */
export const identifyingKinds = ['name', 'place', 'phone', 'id_number', 'email'] as const;
export type IdentifyingKind = (typeof identifyingKinds)[number];

export interface IdentifyingDetail {
  kind: IdentifyingKind;
  /** Offsets in the text as given (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** Common Vietnamese family names, folded (no diacritics); Hoàng/Huỳnh and Vũ/Võ are regional spellings. */
const FAMILY_NAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong doan lam mai cao luong luu ta kieu chu tong thai quach la ha trieu au van dao vuong lai tang khuat giang tieu'.split(
    ' ',
  ),
);
/** Words said before a given name ("chị Lan", "anh Tuấn"). */
const HONORIFICS = new Set('anh chi em co chu bac ong ba di cau thim mo ban'.split(' '));
/** Words said before a place name ("xã Tân Lập", "tỉnh Hà Giang"). */
const PLACE_WORDS = new Set(
  'tinh thanh pho huyen quan xa phuong thi tran thon ban ap lang to khu dac khu'.split(' '),
);

interface Word {
  folded: string;
  start: number;
  end: number;
  capitalised: boolean;
}

const WORD = /[\p{L}\p{M}]+/gu;
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd');

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const first = match[0].charAt(0);
    return {
      folded: fold(match[0]),
      start: match.index,
      end: match.index + match[0].length,
      capitalised: first !== first.toLowerCase(),
    };
  });
}

let placeNames: Set<string> | undefined;
/** Folded names of every province and commune (and district, before 2025), old map and new. */
function knownPlaces(): Set<string> {
  if (!placeNames) {
    placeNames = new Set();
    for (const era of eras)
      for (const unit of allUnits(era)) {
        placeNames.add(fold(unit.name));
        for (const alias of unit.aliases) placeNames.add(fold(alias));
      }
  }
  return placeNames;
}

/** Consecutive capitalised words from `from`, at most `max` (only whitespace between them). */
function capitalisedRun(text: string, words: Word[], from: number, max: number): number {
  let count = 0;
  while (count < max && words[from + count]?.capitalised) {
    const previous = words[from + count - 1];
    const word = words[from + count] as Word;
    if (count > 0 && previous && !/^\s+$/u.test(text.slice(previous.end, word.start))) break;
    count += 1;
  }
  return count;
}

function span(text: string, words: Word[], first: number, count: number, kind: IdentifyingKind) {
  const start = (words[first] as Word).start;
  const end = (words[first + count - 1] as Word).end;
  return { kind, start, end, text: text.slice(start, end) };
}

function namesAndPlaces(text: string): IdentifyingDetail[] {
  const words = wordsOf(text);
  const found: IdentifyingDetail[] = [];
  const places = knownPlaces();
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    const run = capitalisedRun(text, words, i, 4);
    // A known place: the longest run of capitalised words that names a unit ("Hà Giang", "Tan Lap"); a run
    // that opens with a form of address is a person ("Chị Hoa" at a sentence start), not a place.
    const addressed = HONORIFICS.has(word.folded);
    for (let length = addressed ? 0 : run; length >= 1; length -= 1) {
      const name = words
        .slice(i, i + length)
        .map((w) => w.folded)
        .join(' ');
      if (places.has(name) && (length > 1 || name.length > 3)) {
        found.push(span(text, words, i, length, 'place'));
        break;
      }
    }
    // A family name followed by given names ("Nguyễn Thị Lan", "Tran Van Hung").
    if (word.capitalised && FAMILY_NAMES.has(word.folded) && run >= 2)
      found.push(span(text, words, i, run, 'name'));
    const after = words[i + 1];
    // Only a word right after it, in the same sentence: "đi. Năm 2019" is not "dì Năm".
    const adjacent = after !== undefined && /^\s+$/u.test(text.slice(word.end, after.start));
    const next = adjacent ? capitalisedRun(text, words, i + 1, 3) : 0;
    // A given name after a form of address ("chị Lan"), a place after its unit word ("xã Tân Lập").
    if (addressed && next >= 1) found.push(span(text, words, i + 1, next, 'name'));
    if (PLACE_WORDS.has(word.folded) && next >= 1) found.push(span(text, words, i + 1, next, 'place'));
  }
  return found;
}

const PATTERNS: [IdentifyingKind, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  // Mobile and landline numbers: 0 or +84/84, then 9–10 digits, with spaces, dots or dashes anywhere.
  ['phone', /(?<![\p{N}+])(?:\+84|84|0)(?:[\s.-]?\d){8,10}(?!\d)/gu],
  // A citizen identity card (CCCD, 12 digits) or an old identity card (CMND, 9 digits), possibly grouped.
  ['id_number', /(?<!\d)(?:\d[\s.]?){11}\d(?!\d)|(?<!\d)\d{9}(?!\d)/gu],
  // A passport number: one letter and seven digits ("C1234567").
  ['id_number', /(?<![\p{L}\p{N}])[A-Za-z]\d{7}(?!\d)/gu],
];

function patterns(text: string): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const [kind, pattern] of PATTERNS)
    for (const match of text.matchAll(pattern))
      found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
  return found;
}

/**
 * The identifying details of a text, in order, without overlaps: where two findings overlap, the one found by
 * its format (an e-mail, a number) wins over a word-based one, and a longer one over a shorter.
 */
export function detectIdentifyingDetails(text: string): IdentifyingDetail[] {
  const byFormat = patterns(text);
  const candidates = [...byFormat, ...namesAndPlaces(text)];
  const kept: IdentifyingDetail[] = [];
  const rank = (d: IdentifyingDetail) => (byFormat.includes(d) ? 0 : 1);
  candidates.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of candidates)
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with every detail replaced by a marker of its kind ("[tên]", "[số điện thoại]" …). */
export function redactDetails(
  text: string,
  details: readonly IdentifyingDetail[],
  marker: (kind: IdentifyingKind) => string,
): string {
  let result = '';
  let at = 0;
  for (const detail of [...details].sort((a, b) => a.start - b.start)) {
    if (detail.start < at) continue;
    result += text.slice(at, detail.start) + marker(detail.kind);
    at = detail.end;
  }
  return result + text.slice(at);
}

import { tokens } from '../text/fold';
import { type AdminUnit, allUnits, type Era, eraAt } from './admin-units';
import type { DateInput } from './dates';
import { type UnitLevel, unitTypeInfo } from './unit-types';

export interface UnitSearchOptions {
  /** Search the units in force on this date (today when omitted). */
  at?: DateInput;
  /** Search this set regardless of `at`. */
  era?: Era;
  /** Only this province (a code of the searched set) and the units under it. */
  provinceCode?: string;
  levels?: readonly UnitLevel[];
  /** At most this many results; 20 by default. */
  limit?: number;
}

interface Key {
  compact: string;
  words: string[];
}

const SCORE = { exact: 5, startsWith: 4, phrase: 3, allWords: 2, contains: 1 } as const;
const LEVEL_RANK: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

const indexes = new Map<Era, ReadonlyArray<{ unit: AdminUnit; keys: Key[] }>>();

function key(text: string): Key {
  const words = tokens(text);
  return { compact: words.join(''), words };
}

/** Every way a user may write the unit: bare name, with its type (current or former), English, aliases. */
function keysOf(unit: AdminUnit): Key[] {
  const prefixes = [unitTypeInfo[unit.type].prefixVi];
  if (unit.typeChange) prefixes.push(unitTypeInfo[unit.typeChange.previousType].prefixVi);
  const names = [unit.name, ...unit.aliases];
  const texts = [
    ...names,
    ...names.flatMap((name) => prefixes.map((prefix) => `${prefix} ${name}`)),
    unit.nameEn,
    unit.fullNameEn,
  ];
  return [...new Set(texts)].map(key);
}

function indexOf(era: Era) {
  let index = indexes.get(era);
  if (!index) {
    index = allUnits(era).map((unit) => ({ unit, keys: keysOf(unit) }));
    indexes.set(era, index);
  }
  return index;
}

function score(candidate: Key, query: Key): number {
  if (candidate.compact === query.compact) return SCORE.exact;
  if (candidate.compact.startsWith(query.compact)) return SCORE.startsWith;
  const { words } = candidate;
  const last = query.words.length - 1;
  for (let start = 0; start + last < words.length; start++) {
    const inPhrase = query.words.every((word, i) =>
      i === last ? words[start + i]?.startsWith(word) : words[start + i] === word,
    );
    if (inPhrase) return SCORE.phrase;
  }
  if (query.words.every((word) => words.some((candidateWord) => candidateWord.startsWith(word)))) {
    return SCORE.allWords;
  }
  return candidate.compact.includes(query.compact) ? SCORE.contains : 0;
}

const collator = new Intl.Collator('vi');

/**
 * Finds units by name without regard to diacritics, tone-mark placement, spacing or a leading type
 * word: "ha tinh", "tinh ha tinh" and "Hà Tĩnh" all find the province of Hà Tĩnh. Exact matches come
 * first, then names that start with the query, then looser matches; provinces before districts before
 * communes at the same strength.
 */
export function searchUnits(query: string, options: UnitSearchOptions = {}): AdminUnit[] {
  const wanted = key(query);
  if (wanted.compact === '') return [];
  const era = options.era ?? eraAt(options.at);
  const limit = options.limit ?? 20;
  const hits: Array<{ unit: AdminUnit; strength: number }> = [];
  for (const { unit, keys } of indexOf(era)) {
    if (options.provinceCode !== undefined && unit.provinceCode !== options.provinceCode) continue;
    if (options.levels && !options.levels.includes(unit.level)) continue;
    const strength = Math.max(...keys.map((candidate) => score(candidate, wanted)));
    if (strength > 0) hits.push({ unit, strength });
  }
  hits.sort(
    (a, b) =>
      b.strength - a.strength ||
      LEVEL_RANK[a.unit.level] - LEVEL_RANK[b.unit.level] ||
      collator.compare(a.unit.name, b.unit.name) ||
      a.unit.code.localeCompare(b.unit.code),
  );
  return hits.slice(0, limit).map((hit) => hit.unit);
}

import { performance } from 'node:perf_hooks';
import {
  birthYears,
  duplicateRecord,
  namesakeRecord,
  type PersonEvidence,
  randomSource,
  type SyntheticPerson,
  syntheticPerson,
  tokens,
} from '@lantern/domain';
import { doubleMetaphone } from './double-metaphone';

/**
 * The labelled duplicate set and the evaluation every matcher goes through, built exactly as
 * `packages/domain/src/matching/matcher-quality.test.ts` builds its set, with the seed and size as
 * parameters: N people, a second registration (another agency's spelling, evidence lost) of every fifth,
 * and a namesake (same full name and birth year, another person) of every tenth.
 */
export function buildLabelledSet(seed: number, people: number): SyntheticPerson[] {
  const random = randomSource(seed);
  const records: SyntheticPerson[] = [];
  for (let i = 0; i < people; i++) records.push(syntheticPerson(random, i));
  const base = records.length;
  for (let i = 0; i < base; i += 5) records.push(duplicateRecord(records[i] as SyntheticPerson, random));
  for (let i = 2; i < base; i += 10)
    records.push(namesakeRecord(records[i] as SyntheticPerson, random, base + i));
  return records;
}

/**
 * A matcher under test: how it files a record for lookup, which keys a search looks up, and its verdict
 * on a pair. Operating points turn a verdict into "flagged as the same person" or not.
 */
export interface MatchMethod<Profile> {
  name: string;
  blocking: string;
  /** What the matcher computes from a record before comparing (stored side: at save time, untimed). */
  profile(record: SyntheticPerson): Profile;
  storedKeys(record: SyntheticPerson): string[];
  queryKeys(record: SyntheticPerson): string[];
  judge(query: Profile, stored: Profile): string;
  operatingPoints: Readonly<Record<string, (verdict: string) => boolean>>;
}

export interface OperatingPointResult {
  method: string;
  operatingPoint: string;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface MethodResult {
  method: string;
  blocking: string;
  /** Share of true pairs that blocking puts in front of the matcher at all: an upper bound on recall. */
  blockingRecall: number;
  pairsCompared: number;
  candidatesPerSearch: number;
  microsecondsPerComparison: number;
  searchMilliseconds: { mean: number; p50: number; p95: number };
  operatingPoints: OperatingPointResult[];
}

/**
 * Generic blocking for the baselines, the same for both and independent of their matching rules: two
 * records are compared when their names share two tokens by sound (the Double Metaphone primary code of
 * each token after full accent folding, đ included, so blocking does not inherit a baseline's weakness)
 * and their possible birth years come within one year. A record without any birth information is
 * compared whatever the other's year. Every synthetic second registration keeps at least two name tokens
 * of the first (family and given, family and middle, or middle and given), so this loses no true pair
 * that Lantern's own keys find; the evaluation reports each method's blocking recall to show it.
 */
export const GENERIC_BLOCKING =
  'two name tokens sharing a Double Metaphone code (after full accent folding) and birth years within ±1';

function nameCodePairs(person: PersonEvidence): string[] {
  // Pairs of tokens, not of distinct codes: "Thị Thủy" is two tokens coded alike, and a second registration
  // that spells the family name in Chinese ("Ruan Thi Thuy") shares only that pair.
  const codes = tokens(person.fullName).map((token) => doubleMetaphone(token).primary);
  if (codes.length === 1) return codes;
  const pairs = new Set<string>();
  for (let i = 0; i < codes.length; i++)
    for (let j = i + 1; j < codes.length; j++) pairs.add([codes[i], codes[j]].sort().join('+'));
  return [...pairs];
}

export function genericStoredKeys(person: PersonEvidence): string[] {
  const years = birthYears(person);
  return nameCodePairs(person).flatMap((pair) => {
    const keys = [pair]; // for searches without any age
    if (!years) keys.push(`${pair}@none`);
    else for (let year = years.from; year <= years.to; year++) keys.push(`${pair}@${year}`);
    return keys;
  });
}

export function genericQueryKeys(person: PersonEvidence): string[] {
  const years = birthYears(person);
  return nameCodePairs(person).flatMap((pair) => {
    if (!years) return [pair];
    const keys = [`${pair}@none`];
    for (let year = years.from - 1; year <= years.to + 1; year++) keys.push(`${pair}@${year}`);
    return keys;
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Searches made before timing starts, so the JIT has compiled the matcher before it is measured. */
const WARM_UP_SEARCHES = 300;

/**
 * Search-before-create over the whole set: each record, in order, searches the records registered before
 * it (as a caseworker does before saving a new one), so every pair is judged once, the later record being
 * the query. A search's time covers computing the query's profile and keys, the index lookups and judging
 * every candidate; index building and stored profiles are save-time work and are not timed.
 */
export function evaluateMethod<Profile>(records: readonly SyntheticPerson[], method: MatchMethod<Profile>) {
  const index = new Map<string, number[]>();
  records.forEach((record, id) => {
    for (const key of new Set(method.storedKeys(record))) {
      const ids = index.get(key);
      if (ids) ids.push(id);
      else index.set(key, [id]);
    }
  });
  const profiles = records.map((record) => method.profile(record));

  const search = (queryId: number, onVerdict?: (candidate: number, verdict: string) => void) => {
    const query = records[queryId] as SyntheticPerson;
    const queryProfile = method.profile(query);
    const candidates = new Set<number>();
    for (const key of method.queryKeys(query))
      for (const id of index.get(key) ?? []) {
        if (id >= queryId) break; // ids are in registration order: only earlier records exist yet
        candidates.add(id);
      }
    const judgingFrom = performance.now();
    for (const candidate of candidates) {
      const verdict = method.judge(queryProfile, profiles[candidate] as Profile);
      onVerdict?.(candidate, verdict);
    }
    return { candidates, judgingFrom };
  };

  for (let id = 0; id < Math.min(WARM_UP_SEARCHES, records.length); id++) search(id);

  const recordsOf = new Map<number, number[]>();
  records.forEach((record, id) => {
    recordsOf.set(record.individual, [...(recordsOf.get(record.individual) ?? []), id]);
  });
  const truePairs = [...recordsOf.values()].filter((ids) => ids.length === 2).length;

  const pointNames = Object.keys(method.operatingPoints);
  const counts = pointNames.map(() => ({ truePositives: 0, falsePositives: 0 }));
  const searchTimes: number[] = [];
  let judgingTime = 0;
  let pairsCompared = 0;
  let blockedTruePairs = 0;
  records.forEach((query, queryId) => {
    const started = performance.now();
    const { candidates, judgingFrom } = search(queryId, (candidate, verdict) => {
      const same = (records[candidate] as SyntheticPerson).individual === query.individual;
      pointNames.forEach((point, i) => {
        if (!method.operatingPoints[point]?.(verdict)) return;
        const count = counts[i] as { truePositives: number; falsePositives: number };
        if (same) count.truePositives += 1;
        else count.falsePositives += 1;
      });
    });
    const finished = performance.now();
    searchTimes.push(finished - started);
    judgingTime += finished - judgingFrom;
    pairsCompared += candidates.size;
    const earlier = (recordsOf.get(query.individual) ?? []).filter((id) => id < queryId);
    blockedTruePairs += earlier.filter((id) => candidates.has(id)).length;
  });

  const sorted = [...searchTimes].sort((a, b) => a - b);
  const operatingPoints: OperatingPointResult[] = pointNames.map((point, i) => {
    const { truePositives, falsePositives } = counts[i] as { truePositives: number; falsePositives: number };
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePairs);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return {
      method: method.name,
      operatingPoint: point,
      truePositives,
      falsePositives,
      precision,
      recall,
      f1,
    };
  });
  const result: MethodResult = {
    method: method.name,
    blocking: method.blocking,
    blockingRecall: ratio(blockedTruePairs, truePairs),
    pairsCompared,
    candidatesPerSearch: ratio(pairsCompared, records.length),
    microsecondsPerComparison: ratio(judgingTime * 1000, pairsCompared),
    searchMilliseconds: {
      mean: ratio(
        searchTimes.reduce((sum, time) => sum + time, 0),
        searchTimes.length,
      ),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
    },
    operatingPoints,
  };
  return { truePairs, result };
}

import { describe, expect, it } from 'vitest';
import { queryMatchKeys, storedMatchKeys } from './keys';
import { scoreMatch } from './score';
import {
  duplicateRecord,
  namesakeRecord,
  randomSource,
  type SyntheticPerson,
  syntheticPerson,
} from './synthetic-people';

/**
 * Matcher quality on a labelled set the test generates: people, second registrations of some of them
 * with their names written as intake staff write them (given name first, typos in the family name,
 * spellings by sound, minority names) and evidence lost, and namesakes (same full name, sex, birth year
 * and home province, another date of birth). Candidates come from the blind-index keys, as on the server.
 */
function labelledSet(seed: number, people: number) {
  const random = randomSource(seed);
  const records: SyntheticPerson[] = [];
  for (let i = 0; i < people; i++) records.push(syntheticPerson(random, i));
  const base = records.length;
  for (let i = 0; i < base; i += 5) records.push(duplicateRecord(records[i] as SyntheticPerson, random));
  for (let i = 2; i < base; i += 10)
    records.push(namesakeRecord(records[i] as SyntheticPerson, random, base + i));
  return records;
}

function evaluate(records: SyntheticPerson[], accept: (band: string) => boolean) {
  const index = new Map<string, number[]>();
  records.forEach((record, id) => {
    for (const key of storedMatchKeys(record)) index.set(key, [...(index.get(key) ?? []), id]);
  });
  let truePositives = 0;
  let falsePositives = 0;
  let candidatesScored = 0;
  const found = new Set<string>();
  const fetched = new Set<string>();
  records.forEach((query, id) => {
    const candidates = new Set(queryMatchKeys(query).flatMap((key) => index.get(key) ?? []));
    candidates.delete(id);
    candidatesScored += candidates.size;
    for (const other of candidates) {
      if ((records[other] as SyntheticPerson).individual === query.individual)
        fetched.add(`${Math.min(id, other)}:${Math.max(id, other)}`);
      if (other < id) continue; // each pair once
      const { band } = scoreMatch(query, records[other] as SyntheticPerson);
      if (!accept(band)) continue;
      const same = query.individual === (records[other] as SyntheticPerson).individual;
      if (same) {
        truePositives += 1;
        found.add(`${Math.min(id, other)}:${Math.max(id, other)}`);
      } else falsePositives += 1;
    }
  });
  const pairs = new Map<number, number[]>();
  records.forEach((record, id) => {
    pairs.set(record.individual, [...(pairs.get(record.individual) ?? []), id]);
  });
  const truePairs = [...pairs.values()].filter((ids) => ids.length === 2).length;
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: found.size / truePairs,
    /** Share of true pairs the keys bring up at all, whichever record searches: a ceiling on recall. */
    blockingRecall: fetched.size / truePairs,
    truePairs,
    meanCandidates: candidatesScored / records.length,
  };
}

describe('matcher quality on labelled Vietnamese name variants', () => {
  const records = labelledSet(20261128, 4000);

  it('finds second registrations and leaves namesakes apart', () => {
    const possible = evaluate(records, (band) => band !== 'unlikely');
    const probable = evaluate(records, (band) => band === 'probable');
    const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
    const f1 = (result: { precision: number; recall: number }) =>
      (2 * result.precision * result.recall) / (result.precision + result.recall);
    // The domain package is compiled without Node or DOM types; the console is there at test time.
    (globalThis as unknown as { console: { info(text: string): void } }).console.info(
      `matcher on ${records.length} records, ${possible.truePairs} true duplicate pairs, ` +
        `${possible.meanCandidates.toFixed(1)} candidates per search, blocking recall ` +
        `${pct(possible.blockingRecall)}:\n` +
        `  possible or better: precision ${pct(possible.precision)}, recall ${pct(possible.recall)}\n` +
        `  probable:           precision ${pct(probable.precision)}, recall ${pct(probable.recall)}, ` +
        `F1 ${pct(f1(probable))}`,
    );
    // Floors a little below what the matcher achieves (probable: precision 99.9 %, recall 96.0 %, F1 97.9 %;
    // possible or better: precision 95.4 %, recall 99.6 %; blocking recall 99.9 %), so that a regression
    // fails. The matcher of before these variants reached 86 % recall at "probable" on this kind of set.
    expect(possible.blockingRecall).toBeGreaterThanOrEqual(0.995);
    expect(probable.precision).toBeGreaterThanOrEqual(0.99);
    expect(probable.recall).toBeGreaterThanOrEqual(0.945);
    expect(f1(probable)).toBeGreaterThanOrEqual(0.97);
    expect(possible.precision).toBeGreaterThanOrEqual(0.94);
    expect(possible.recall).toBeGreaterThanOrEqual(0.985);
  }, 30_000); // two passes over 5,200 records on a shared CI machine
});

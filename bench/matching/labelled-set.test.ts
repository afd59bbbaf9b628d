import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lantern, oscar, primero, runMatchingQuality } from '../matching-quality';
import { buildLabelledSet, evaluateMethod, genericQueryKeys, genericStoredKeys } from './labelled-set';

describe('labelled duplicate set', () => {
  it('is the same for the same seed: people, a second registration of one in five, a namesake of one in ten', () => {
    const records = buildLabelledSet(11, 500);
    expect(records).toHaveLength(500 + 100 + 50);
    expect(buildLabelledSet(11, 500)).toEqual(records);
    expect(buildLabelledSet(12, 500)).not.toEqual(records);
    const perIndividual = new Map<number, number>();
    for (const record of records)
      perIndividual.set(record.individual, (perIndividual.get(record.individual) ?? 0) + 1);
    expect([...perIndividual.values()].filter((count) => count === 2)).toHaveLength(100);
  });

  it('files a record under pairs of name tokens by sound and the years around its birth year', () => {
    const stored = genericStoredKeys({ fullName: 'Nguyễn Thị Thủy', birthYear: 1990 });
    // "Thị" and "Thủy" code alike; the pair of them is kept, for a registration with another family name.
    expect(stored).toEqual(expect.arrayContaining(['0+NKN@1990', '0+0@1990', '0+0']));
    const query = genericQueryKeys({ fullName: 'Ruan Thi Thuy', birthYear: 1991 });
    expect(query).toContain('0+0@1990');
    expect(genericQueryKeys({ fullName: 'Ruan Thi Thuy' })).toEqual(expect.arrayContaining(['0+0', '0+RN']));
  });

  it("gives the baselines' generic blocking at least Lantern's blocking recall", () => {
    const records = buildLabelledSet(20261128, 1000);
    const lanternRun = evaluateMethod(records, lantern);
    const primeroRun = evaluateMethod(records, primero);
    const oscarRun = evaluateMethod(records, oscar);
    expect(lanternRun.truePairs).toBe(200);
    expect(primeroRun.result.blockingRecall).toBeGreaterThanOrEqual(lanternRun.result.blockingRecall);
    expect(oscarRun.result.blockingRecall).toBe(primeroRun.result.blockingRecall);
    for (const { result } of [lanternRun, primeroRun, oscarRun])
      for (const point of result.operatingPoints) {
        expect(point.recall).toBeLessThanOrEqual(result.blockingRecall);
        expect(point.precision).toBeGreaterThan(0);
        expect(point.precision).toBeLessThanOrEqual(1);
      }
    expect(lanternRun.result.operatingPoints.map((point) => point.operatingPoint)).toEqual([
      'probable',
      'possible or better',
    ]);
  });
});

describe('runMatchingQuality', () => {
  const resultsDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-matching-quality-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('returns the numbers and a Markdown table, and writes both into the results directory', async () => {
    const result = await runMatchingQuality({ quick: true, resultsDir });
    expect(result.people).toBe(2000);
    expect(result.truePairs).toBe(400);
    expect(result.methods.map((method) => method.method)).toEqual([
      'Lantern',
      'Primero-style',
      'OSCaR-style',
    ]);
    expect(result.markdown).toContain('| Lantern | probable |');
    expect(result.markdown).toContain('| OSCaR-style | product ≥ 0.75 |');
    const written = JSON.parse(readFileSync(path.join(resultsDir, 'matching-quality.json'), 'utf8'));
    expect(written.methods).toEqual(result.methods);
    expect(readFileSync(path.join(resultsDir, 'matching-quality.md'), 'utf8')).toBe(result.markdown);
  }, 60_000);
});

// Matching quality: Lantern's matcher against two peer baselines (a Primero-style phonetic matcher and an
// OSCaR-style Jaro-Winkler product rule) on a labelled set of synthetic people, second registrations and
// namesakes. Precision, recall, F1, blocking recall, pairs compared and search time per method.
// Usage: npx tsx bench/matching-quality.ts [--quick]   (quick: 2,000 people; full: 20,000)
// Results: bench/results/matching-quality.{json,md}
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryMatchKeys, type SyntheticPerson, scoreMatch, storedMatchKeys } from '@lantern/domain';
import {
  buildLabelledSet,
  evaluateMethod,
  GENERIC_BLOCKING,
  genericQueryKeys,
  genericStoredKeys,
  type MatchMethod,
  type MethodResult,
} from './matching/labelled-set';
import { type OscarProfile, oscarMatch, oscarProfile } from './matching/oscar-baseline';
import { type PrimeroProfile, primeroMatch, primeroProfile } from './matching/primero-baseline';

/** The seed of the domain package's matcher-quality test, so both measure the same kind of set. */
const SEED = 20261128;
const PEOPLE = { quick: 2_000, full: 20_000 };

export interface MatchingQualityResult {
  generatedAt: string;
  quick: boolean;
  seed: number;
  people: number;
  records: number;
  truePairs: number;
  machine: { node: string; cpus: number; cpuModel: string };
  methods: MethodResult[];
  markdown: string;
}

export const lantern: MatchMethod<SyntheticPerson> = {
  name: 'Lantern',
  blocking: "Lantern's blind-index keys (storedMatchKeys / queryMatchKeys), as on the server",
  // The server decrypts and scores the stored evidence itself; scoreMatch parses names on every call.
  profile: (record) => record,
  storedKeys: storedMatchKeys,
  queryKeys: queryMatchKeys,
  judge: (query, stored) => scoreMatch(query, stored).band,
  operatingPoints: {
    probable: (band) => band === 'probable',
    'possible or better': (band) => band !== 'unlikely',
  },
};

export const primero: MatchMethod<PrimeroProfile> = {
  name: 'Primero-style',
  blocking: GENERIC_BLOCKING,
  profile: primeroProfile,
  storedKeys: genericStoredKeys,
  queryKeys: genericQueryKeys,
  judge: (query, stored) => (primeroMatch(query, stored) ? 'match' : 'no match'),
  operatingPoints: { match: (verdict) => verdict === 'match' },
};

export const oscar: MatchMethod<OscarProfile> = {
  name: 'OSCaR-style',
  blocking: GENERIC_BLOCKING,
  profile: oscarProfile,
  storedKeys: genericStoredKeys,
  queryKeys: genericQueryKeys,
  judge: (query, stored) => (oscarMatch(query, stored) ? 'match' : 'no match'),
  operatingPoints: { 'product ≥ 0.75': (verdict) => verdict === 'match' },
};

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function markdownTable(result: Omit<MatchingQualityResult, 'markdown'>): string {
  const lines = [
    `Matching quality on ${result.records.toLocaleString('en')} synthetic records ` +
      `(${result.people.toLocaleString('en')} people, ${result.truePairs.toLocaleString('en')} true duplicate ` +
      `pairs, namesakes for one in ten; seed ${result.seed}${result.quick ? ', quick run' : ''}). ` +
      `Each record searches those registered before it. Node ${result.machine.node}, ` +
      `${result.machine.cpus} × ${result.machine.cpuModel}.`,
    '',
    '| Method | Operating point | Precision | Recall | F1 | Blocking recall | Pairs compared | µs / comparison | Search p50 ms | Search p95 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const method of result.methods)
    for (const point of method.operatingPoints)
      lines.push(
        `| ${method.method} | ${point.operatingPoint} | ${percent(point.precision)} | ${percent(point.recall)} | ` +
          `${percent(point.f1)} | ${percent(method.blockingRecall)} | ${method.pairsCompared.toLocaleString('en')} | ` +
          `${method.microsecondsPerComparison.toFixed(2)} | ${method.searchMilliseconds.p50.toFixed(3)} | ` +
          `${method.searchMilliseconds.p95.toFixed(3)} |`,
      );
  lines.push('', 'Blocking per method:', '');
  for (const method of result.methods) lines.push(`- ${method.method}: ${method.blocking}`);
  return `${lines.join('\n')}\n`;
}

export async function runMatchingQuality(options: {
  quick: boolean;
  resultsDir: string;
}): Promise<MatchingQualityResult> {
  const people = options.quick ? PEOPLE.quick : PEOPLE.full;
  const records = buildLabelledSet(SEED, people);
  const methods: MethodResult[] = [];
  let truePairs = 0;
  for (const method of [lantern, primero, oscar] as MatchMethod<unknown>[]) {
    const evaluation = evaluateMethod(records, method);
    truePairs = evaluation.truePairs;
    methods.push(evaluation.result);
  }
  const cpus = os.cpus();
  const measured = {
    generatedAt: new Date().toISOString(),
    quick: options.quick,
    seed: SEED,
    people,
    records: records.length,
    truePairs,
    machine: { node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown' },
    methods,
  };
  const result: MatchingQualityResult = { ...measured, markdown: markdownTable(measured) };
  mkdirSync(options.resultsDir, { recursive: true });
  const { markdown, ...numbers } = result;
  writeFileSync(
    path.join(options.resultsDir, 'matching-quality.json'),
    `${JSON.stringify(numbers, null, 2)}\n`,
  );
  writeFileSync(path.join(options.resultsDir, 'matching-quality.md'), markdown);
  return result;
}

const runDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const started = Date.now();
  const result = await runMatchingQuality({
    quick: process.argv.includes('--quick'),
    resultsDir: fileURLToPath(new URL('./results/', import.meta.url)),
  });
  process.stdout.write(`${result.markdown}\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

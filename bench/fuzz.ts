// The full malformed-input corpus (apps/server/src/fuzz.int.test.ts with LANTERN_FUZZ=full): every operation
// of the OpenAPI document × every malformed value on every field and parameter, on both engines. CI runs the
// quick corpus inside the integration suite; this is the long form. A 5xx fails the run.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST = 'apps/server/src/fuzz.int.test.ts';

export interface FuzzResult {
  engine: 'pglite' | 'postgres';
  passed: boolean;
  seconds: number;
  /** Requests of the signed-in corpus, and how they were answered. */
  requests: number | null;
  statuses: string | null;
}

function runOn(engine: FuzzResult['engine'], seed: string): FuzzResult {
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'integration', TEST], {
    cwd: ROOT,
    env: { ...process.env, LANTERN_TEST_ENGINE: engine, LANTERN_FUZZ: 'full', LANTERN_FUZZ_SEED: seed },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const summary = output.match(/fuzz \w+: (\d+) requests ({[^}]*})/);
  if (run.status !== 0) process.stderr.write(output);
  return {
    engine,
    passed: run.status === 0,
    seconds: Math.round((Date.now() - started) / 1000),
    requests: summary ? Number(summary[1]) : null,
    statuses: summary?.[2] ?? null,
  };
}

export function runFuzz(options: { resultsDir: string; seed?: string }): FuzzResult[] {
  const seed = options.seed ?? '20261204';
  const results = (['pglite', 'postgres'] as const).map((engine) => runOn(engine, seed));
  const lines = [
    '# Malformed input, full corpus',
    '',
    `Seed ${seed}. Every operation of the OpenAPI document × every malformed value on every field and parameter.`,
    '',
    '| Engine | Result | Requests (signed in) | Answers | Seconds |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${r.passed ? 'no 5xx' : '**FAILED**'} | ${r.requests ?? '?'} | ${r.statuses ?? '?'} | ${r.seconds} |`,
    ),
    '',
  ];
  writeFileSync(path.join(options.resultsDir, 'fuzz.md'), lines.join('\n'));
  return results;
}

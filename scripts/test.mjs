// `npm test`: everything CI runs, in order, on this machine. Lint, types, unit tests, the integration
// suite on embedded PGlite and on a real PostgreSQL server, a production build, then the browser suite in
// Debian's Chromium, and the quick benchmarks. Every step runs even after a failure, and the summary says which failed.
// Usage: node scripts/test.mjs [step names to run, e.g. unit integration:pglite]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const steps = [
  // `npm run lint`: Biome, then the import-graph check (scripts/check-layers.mjs).
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit', command: [npx, 'vitest', 'run', '--project', 'unit'] },
  {
    name: 'integration:pglite',
    command: [npx, 'vitest', 'run', '--project', 'integration'],
    env: { LANTERN_TEST_ENGINE: 'pglite' },
  },
  {
    name: 'integration:postgres',
    command: [npx, 'vitest', 'run', '--project', 'integration'],
    env: { LANTERN_TEST_ENGINE: 'postgres' },
  },
  { name: 'build', command: [process.execPath, 'scripts/build.mjs'] },
  { name: 'e2e', command: [npx, 'vitest', 'run', '--project', 'e2e'] },
  // The benchmarks in their quick form, only to see that they still run; no timing is asserted.
  { name: 'bench:quick', command: [npx, 'tsx', 'bench/run.ts', '--quick'] },
];

const selected = process.argv.slice(2);
const results = [];
for (const step of steps) {
  if (selected.length > 0 && !selected.includes(step.name)) continue;
  console.log(`\n━━ ${step.name} ━━ ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(22)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.log(`\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nAll steps passed.');

// Embedded start-up time of the real server (`lantern serve --demo` on PGlite), from process spawn to the first
// 200 from GET /readyz. Cold = a brand-new data folder (initdb, migrations, reference seeds, demo seed, master
// key file); warm = the same folder again. This is what a user of `npm start` waits for.
// Usage: npx tsx bench/startup.ts [--quick]   (quick: 1 cold + 2 warm; full: 3 cold + 5 warm)
// Results: bench/results/startup.{json,md}
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './support/server-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLL_MS = 20;
const READY_TIMEOUT_MS = 180_000; // a slow CI runner's cold start must not be mistaken for a hang
const STOP_TIMEOUT_MS = 15_000; // the server itself gives up on a graceful close after 10 s

interface StartSample {
  kind: 'cold' | 'warm';
  readyMs: number;
  stopMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** One start: spawn, poll readiness until 200, then SIGTERM and wait for exit so the folder lock is released. */
async function timeStart(dataDir: string, kind: StartSample['kind']): Promise<StartSample> {
  const port = await freePort();
  // Like `npm start`: embedded PGlite (no DATABASE_URL) and no LANTERN_MASTER_KEY, so the key file is made.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANTERN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
  };
  for (const name of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'LANTERN_MASTER_KEY']) delete env[name];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['apps/server/bin/lantern.mjs', 'serve', '--demo', '--port', String(port)],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] }, // no TTY needed (CI)
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000); // the tail explains a failed start
  });
  let exitedEarly = false;
  void exited(child).then(() => {
    exitedEarly = true;
  });

  let readyMs: number | undefined;
  while (readyMs === undefined) {
    if (exitedEarly) throw new Error(`server exited before it was ready (${kind} start):\n${stderr}`);
    if (performance.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms (${kind} start):\n${stderr}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer(); // drain, so the connection can be reused or closed
      if (response.status === 200) readyMs = performance.now() - started;
    } catch {
      // not listening yet: connection refused
    }
    if (readyMs === undefined) await sleep(POLL_MS);
  }

  const stopping = performance.now();
  child.kill('SIGTERM');
  let stopTimer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    exited(child),
    new Promise<'timeout'>((resolve) => {
      stopTimer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(stopTimer); // a pending 15 s timer would keep this process alive after the last run
  if (code === 'timeout') {
    child.kill('SIGKILL');
    throw new Error(`server did not stop within ${STOP_TIMEOUT_MS} ms after SIGTERM:\n${stderr}`);
  }
  if (code !== 0) throw new Error(`server exited with code ${code} after SIGTERM:\n${stderr}`);
  return { kind, readyMs: round(readyMs), stopMs: round(performance.now() - stopping) };
}

const round = (ms: number) => Math.round(ms);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

function summarize(samples: StartSample[], kind: StartSample['kind']) {
  const readyMs = samples.filter((s) => s.kind === kind).map((s) => s.readyMs);
  return { runs: readyMs.length, medianMs: median(readyMs), maxMs: Math.max(...readyMs), samplesMs: readyMs };
}

export async function runStartup(options: {
  quick: boolean;
  resultsDir: string;
}): Promise<{ result: object; markdown: string }> {
  // A fresh clone has no build; `lantern.mjs` would refuse to start, so build once (what `npm start` does).
  if (!existsSync(path.join(ROOT, 'apps/server/dist/main.js'))) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`build failed with status ${built.status}`);
  }
  const colds = options.quick ? 1 : 3;
  const warms = options.quick ? 2 : 5;
  const tmpDirs: string[] = [];
  const samples: StartSample[] = [];
  try {
    // Each cold start gets its own folder; `data` inside it does not exist yet, as in a fresh clone.
    for (let i = 0; i < colds; i++) {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'lantern-startup-'));
      tmpDirs.push(tmp);
      samples.push(await timeStart(path.join(tmp, 'data'), 'cold'));
    }
    const warmDir = path.join(tmpDirs[0] as string, 'data');
    for (let i = 0; i < warms; i++) samples.push(await timeStart(warmDir, 'warm'));
  } finally {
    for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
  }

  const cold = summarize(samples, 'cold');
  const warm = summarize(samples, 'warm');
  const result = {
    benchmark: 'embedded start-up (lantern serve --demo on PGlite, spawn to first 200 from /readyz)',
    mode: options.quick ? 'quick' : 'full',
    cold,
    warm,
    stopMsMax: Math.max(...samples.map((s) => s.stopMs)),
    samples,
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    at: new Date().toISOString(),
  };
  const markdown =
    `# ${result.benchmark}\n\n| start | runs | median ms | max ms | samples ms |\n|---|---|---|---|---|\n` +
    `| cold (new data folder) | ${cold.runs} | ${cold.medianMs} | ${cold.maxMs} | ${cold.samplesMs.join(', ')} |\n` +
    `| warm (same folder) | ${warm.runs} | ${warm.medianMs} | ${warm.maxMs} | ${warm.samplesMs.join(', ')} |\n\n` +
    `Graceful stop (SIGTERM to exit) took at most ${result.stopMsMax} ms. ` +
    `Machine: ${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, ` +
    `${result.machine.platform}; ${result.mode} run. ${result.at}\n`;
  mkdirSync(options.resultsDir, { recursive: true });
  writeFileSync(path.join(options.resultsDir, 'startup.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(options.resultsDir, 'startup.md'), markdown);
  return { result, markdown };
}

// CLI only when run directly, so that another script can import runStartup.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  runStartup({ quick: values.quick, resultsDir: path.join(ROOT, 'bench/results') }).then(
    ({ markdown }) => process.stdout.write(markdown),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

// `npm run bench [-- --quick]`: every benchmark in one run, results as JSON and Markdown in bench/results/.
// Full: PostgreSQL at 100,000 and 1,000,000 persons and PGlite at 100,000; quick: small sizes, short runs —
// CI runs it only to see that the benchmarks still work (no timing is asserted anywhere).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { captureTraces, runApiVsSql } from './api-vs-sql';
import { benchPaths } from './bench-paths';
import { runFirstScreen } from './first-screen';
import { runFuzz } from './fuzz';
import { runIndicatorBench } from './indicators';
import { runMatchingQuality } from './matching-quality';
import { runSearchLatency } from './search-latency';
import { runStartup } from './startup';
import { type BenchEnvironment, type Engine, openBenchEnvironment } from './support/environment';
import { renderMarkdown } from './support/report';
import type { ScaleResult } from './support/results';
import { measureSealerLag, type SealerLag, type Window } from './support/sealer-lag';
import { startServerProcess } from './support/server-process';
import { type BenchSession, signIn } from './support/sessions';

const quickRun = process.argv.includes('--quick');
// Quick runs (CI) write beside, not over, the committed full results.
const RESULTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'results',
  ...(quickRun ? ['quick'] : []),
);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    only: { type: 'string' },
    sizes: { type: 'string' },
    keep: { type: 'string' },
    // --skip indicators: the request paths alone (the indicator tables take many minutes at 1,000,000).
    skip: { type: 'string' },
    // --paths inbox,referral: only the request paths whose name contains one of these words.
    paths: { type: 'string' },
  },
});
const quick = values.quick ?? false;
// The full fuzz corpus belongs to the full run; CI runs the quick corpus in the integration suite.
const only = new Set(
  (
    values.only ?? (quick ? 'firstscreen,startup,matching,scale' : 'firstscreen,startup,matching,scale,fuzz')
  ).split(','),
);

const defaultSizes: Array<{ engine: Engine; persons: number }> = quick
  ? [
      { engine: 'postgres', persons: 5_000 },
      { engine: 'pglite', persons: 2_000 },
    ]
  : [
      { engine: 'postgres', persons: 100_000 },
      { engine: 'postgres', persons: 1_000_000 },
      { engine: 'pglite', persons: 100_000 },
    ];
// --sizes postgres:100000,pglite:20000
const sizes = values.sizes
  ? values.sizes.split(',').map((entry) => {
      const [engine, persons] = entry.split(':');
      return { engine: (engine === 'pglite' ? 'pglite' : 'postgres') as Engine, persons: Number(persons) };
    })
  : defaultSizes;
const connections = quick ? [8, 32] : [8, 32, 64];
const seconds = quick ? 2 : 10;

/** The sealer's lag for the events of the busiest runs; PGlite's folder belongs to the server meanwhile. */
async function sealerLagOf(env: BenchEnvironment, windows: Window[]): Promise<SealerLag> {
  if (env.engine !== 'postgres')
    return { available: false, events: 0, unsealed: 0, note: 'measured on PostgreSQL only' };
  const owner = await env.database.openOwner();
  if (!owner) return { available: false, events: 0, unsealed: 0, note: 'no owner connection' };
  try {
    return await owner.transaction((session) => measureSealerLag(session, windows));
  } finally {
    await owner.close();
  }
}

async function runScale(
  engine: Engine,
  persons: number,
  previous?: Pick<ScaleResult, 'seedSeconds' | 'seedRate' | 'indicators'>,
): Promise<ScaleResult> {
  const searches = quick ? 60 : 300;
  // Searches count against a per-user minute (30): they get users of their own, so the load's users start
  // with a full minute (a used-up user answers 429 at once and would spin its connection on refusals).
  const searchUsers = Math.ceil((searches + 10) / 30);
  const loadUsers = Math.max(...connections);
  const env = await openBenchEnvironment({
    engine,
    persons,
    users: 1 + loadUsers + searchUsers,
    inboxUsers: 1 + loadUsers,
    // --keep DIR: one folder per size, so 100,000 and 1,000,000 are kept side by side.
    ...(values.keep ? { keepIn: path.join(path.resolve(values.keep), `${engine}-${persons}`) } : {}),
  });
  try {
    const wanted = values.paths?.split(',');
    const all = await benchPaths(env);
    const { permissions } = all;
    const paths = all.paths.filter((p) => !wanted || wanted.some((word) => p.name.includes(word)));
    const [template, ...others] = env.users;
    const [inboxTemplate, ...inboxOthers] = env.inboxUsers;
    if (!template || !inboxTemplate) throw new Error('no bench users (or no open referral to read)');
    const captured =
      engine === 'postgres'
        ? await captureTraces(env, paths, { caseworkers: template, inbox: inboxTemplate })
        : undefined;
    const agencies = new Map(env.inboxUsers.map((user) => [user.id, user.agencyId]));
    // PGlite admits one process: the server gets the folder only after this process lets go of it.
    if (engine === 'pglite') await env.database.close();
    const server = await startServerProcess({ ...env.serverEnv, LANTERN_MASTER_KEY: env.masterKeyBase64 });
    try {
      const signInAll = async (users: typeof others) => {
        const signedIn: BenchSession[] = [];
        for (const user of users)
          signedIn.push(await signIn((p, init) => fetch(`${server.url}${p}`, init), user));
        return signedIn;
      };
      const sessions = await signInAll(others.slice(0, loadUsers));
      const search = await runSearchLatency({
        url: server.url,
        persons,
        searches,
        sessions: await signInAll(others.slice(loadUsers)),
      });
      process.stderr.write(`${engine} ${persons} · search-before-create p95 ${search.p95} ms\n`);
      const busiest: Window[] = [];
      const results = await runApiVsSql({
        url: server.url,
        ...(env.loginUrl ? { loginUrl: env.loginUrl } : {}),
        label: `${engine} ${persons}`,
        paths,
        ...(captured ? { captured } : {}),
        sessions: { caseworkers: sessions, inbox: await signInAll(inboxOthers) },
        agencyOf: (session) => agencies.get(session.userId) ?? env.agencyId,
        permissions,
        connections,
        seconds,
        busiest,
      });
      const sealer = await sealerLagOf(env, busiest);
      process.stderr.write(`${engine} ${persons} · sealer ${JSON.stringify(sealer)}\n`);
      const [analyst, coordinator] = await signInAll([env.analyst, env.coordinator]);
      const indicators = values.skip?.split(',').includes('indicators')
        ? previous?.indicators
        : await runIndicatorBench({
            url: server.url,
            analyst: analyst as BenchSession,
            coordinator: coordinator as BenchSession,
          });
      process.stderr.write(`${engine} ${persons} · indicators ${JSON.stringify(indicators)}\n`);
      return {
        engine,
        persons,
        ...(env.seedSeconds === null
          ? { seedSeconds: previous?.seedSeconds ?? 0, seedRate: previous?.seedRate ?? 0 }
          : {
              seedSeconds: Math.round(env.seedSeconds * 10) / 10,
              seedRate: Math.round(persons / env.seedSeconds),
            }),
        search,
        paths: results,
        sealer,
        ...(indicators ? { indicators } : {}),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await env.close();
  }
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const started = Date.now();
  const name = quick ? 'bench-quick' : 'bench';
  // A run of some parts (--only) keeps the other parts of the last run's report.
  const previous =
    existsSync(path.join(RESULTS, `${name}.json`)) && values.only
      ? (JSON.parse(readFileSync(path.join(RESULTS, `${name}.json`), 'utf8')) as Record<string, unknown>)
      : {};
  const report: Record<string, unknown> = {
    ...previous,
    quick,
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    at: new Date().toISOString(),
  };
  if (only.has('firstscreen')) {
    const firstScreen = runFirstScreen({ resultsDir: RESULTS });
    report.firstScreen = firstScreen.result;
    report.firstScreenMarkdown = firstScreen.markdown;
  }
  if (only.has('startup')) {
    const startup = await runStartup({ quick, resultsDir: RESULTS });
    report.startup = startup.result;
    report.startupMarkdown = startup.markdown;
  }
  if (only.has('matching')) report.matching = await runMatchingQuality({ quick, resultsDir: RESULTS });
  if (only.has('scale')) {
    const scale: ScaleResult[] = [];
    // A kept cluster loads nothing: its load figures are those of the run that seeded it.
    const earlier = (report.scale as ScaleResult[] | undefined) ?? [];
    for (const { engine, persons } of sizes) {
      const previousSeed = earlier.find((s) => s.engine === engine && s.persons === persons);
      scale.push(await runScale(engine, persons, previousSeed));
    }
    // Sizes run now replace the same sizes of an earlier run; other sizes stay.
    const key = (s: { engine: string; persons: number }) => `${s.engine}:${s.persons}`;
    const fresh = new Set(scale.map(key));
    const kept = ((report.scale as ScaleResult[] | undefined) ?? []).filter((s) => !fresh.has(key(s)));
    report.scale = [...kept, ...scale].sort(
      (a, b) => a.engine.localeCompare(b.engine) || a.persons - b.persons,
    );
  }
  if (only.has('fuzz')) {
    report.fuzz = runFuzz({ resultsDir: RESULTS });
    if ((report.fuzz as { passed: boolean }[]).some((r) => !r.passed)) process.exitCode = 1;
  }
  report.totalSeconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
  process.stdout.write(markdown);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

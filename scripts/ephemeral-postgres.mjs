// Starts a throwaway PostgreSQL server for the test suite: a new cluster in a temporary folder, on a free
// loopback port, with durability switched off (tests do not need it). Needs the server binaries (Debian's
// `postgresql` package); as root, the cluster runs as the `postgres` system user, since PostgreSQL refuses root.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findBinDir() {
  if (process.env.LANTERN_PG_BIN) return process.env.LANTERN_PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql), ' +
      'set LANTERN_PG_BIN to their folder, or set LANTERN_TEST_PG_ADMIN_URL to a PostgreSQL superuser URL.',
  );
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ keepIn?: string }} [options] keepIn: a folder whose cluster outlives the run (the benchmark's
 *   `--keep`): made there on the first run, started again as it is on later ones, and never removed.
 * @returns {Promise<{ adminUrl: string, stop: () => void, reused: boolean }>}
 */
export async function startEphemeralPostgres({ keepIn } = {}) {
  const bin = findBinDir();
  const isRoot = process.getuid?.() === 0;
  const kept = keepIn !== undefined;
  if (kept) mkdirSync(keepIn, { recursive: true });
  const base = kept ? path.resolve(keepIn) : mkdtempSync(path.join(os.tmpdir(), 'lantern-pg-'));
  const dataDir = path.join(base, 'data');
  const reused = kept && existsSync(path.join(dataDir, 'PG_VERSION'));
  const runAs = (command, args) => {
    const full = path.join(bin, command);
    return isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
      : execFileSync(full, args, { stdio: 'pipe' });
  };
  if (isRoot) chownSync(base, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), -1);
  if (!reused)
    runAs('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${base}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    // For a question about one run (the benchmark's), e.g. "-c shared_preload_libraries=pg_stat_statements".
    ...(process.env.LANTERN_PG_OPTIONS ? [process.env.LANTERN_PG_OPTIONS] : []),
  ].join(' ');
  runAs('pg_ctl', [
    '-D',
    dataDir,
    '-o',
    options,
    '-l',
    path.join(base, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  let stopped = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    reused,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAs('pg_ctl', ['-D', dataDir, '-m', kept ? 'fast' : 'immediate', '-w', 'stop']);
      } finally {
        if (!kept) rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

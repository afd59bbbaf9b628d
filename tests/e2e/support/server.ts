import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/ephemeral-postgres.mjs';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra arguments for `lantern serve`, e.g. ['--demo'] to seed the demo agencies and accounts. */
  args?: string[];
}

/** Starts the built server (`lantern serve`, not a dev server) on a free port with a new embedded database. */
export async function startServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const bin = path.join(repoRoot, 'apps/server/bin/lantern.mjs');
  if (
    !existsSync(path.join(repoRoot, 'apps/server/dist/main.js')) ||
    !existsSync(path.join(repoRoot, 'apps/web/dist/index.html'))
  ) {
    throw new Error('The app is not built; run `npm run build` before the end-to-end tests.');
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-e2e-'));
  // A real installation keeps its master key in the configuration folder: a throwaway one, never ~/.config.
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-e2e-config-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'serve', '--port', String(port), ...(options.args ?? [])],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        LANTERN_DATA_DIR: dataDir,
        XDG_CONFIG_HOME: configDir,
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 80_000);
    const check = setInterval(() => {
      if (output.includes('Lantern is ready')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code}:\n${output}`));
    });
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

// The real server (`lantern serve`, built) in its own process, so its event loop is not the load generator's.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nobody listens on right now: the OS picks it, we release it, the server takes it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/** `nodeArgs`: flags for Node itself, e.g. `--cpu-prof` to profile the server under a load. */
export async function startServerProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, path.join(ROOT, 'apps/server/bin/lantern.mjs'), 'serve', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  // The log (JSON lines on stdout, at warn and above) and any crash on stderr, the last 4 kB of both.
  let first = '';
  const keep = (chunk: unknown) => {
    if (first.length < 3000) first += String(chunk).slice(0, 3000 - first.length);
    stderr = (stderr + String(chunk)).slice(-3000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the server was not ready in 120 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        // What the server logged at warn or above (its last 4 kB): a failing sealer shows here, not in a number.
        const logged = () => {
          if (stderr.trim())
            process.stderr.write(`server log (first):\n${first}\nserver log (last):\n${stderr}\n`);
          resolve();
        };
        if (child.exitCode !== null) return logged();
        child.once('exit', logged);
        child.kill('SIGTERM');
      }),
  };
}

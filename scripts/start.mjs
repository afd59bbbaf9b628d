// `npm start`: build what is out of date, then serve — in demo mode (synthetic accounts on an empty database)
// on the embedded PostgreSQL under ./data. With DATABASE_URL set there is no demo unless `-- --demo` is given.
// Extra arguments go to `lantern serve`, e.g. `npm start -- --port 4000`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { everythingBuilt } from './build.mjs';
import { startArgs } from './start-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Checked here; only a build that is out of date runs in a process of its own (esbuild, Vite), whose memory
// the server then does not carry.
if (!everythingBuilt()) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

process.argv = [process.argv[0], 'lantern', ...startArgs(process.argv.slice(2))];
await import(pathToFileURL(path.join(root, 'apps/server/dist/main.js')).href);

// Builds what is out of date, and nothing else: each target records a hash of its inputs and is rebuilt
// only when that hash changes (content, not timestamps, so a fresh clone builds once and then never again).
// Usage: node scripts/build.mjs [--force]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function listFiles(target) {
  const absolute = path.join(root, target);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [target];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => !/(^|\/)(node_modules|dist)\//.test(file) && !/\.(int\.)?test\.tsx?$/.test(file));
}

function hashInputs(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

const shared = [
  'packages/domain/src',
  'packages/domain/package.json',
  'package-lock.json',
  'scripts/build.mjs',
];

const targets = [
  {
    name: 'server',
    stamp: 'apps/server/dist/.inputs-hash',
    inputs: [...shared, 'apps/server/src', 'apps/server/package.json'],
    async build() {
      const { build } = await import('esbuild');
      const manifest = JSON.parse(readFileSync(path.join(root, 'apps/server/package.json'), 'utf8'));
      await build({
        entryPoints: [path.join(root, 'apps/server/src/main.ts')],
        outfile: path.join(root, 'apps/server/dist/main.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: true,
        // Our own workspace code is bundled; npm dependencies (native code, wasm, large libraries) stay external.
        external: Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@lantern/')),
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
        logLevel: 'warning',
      });
    },
  },
  {
    name: 'web',
    stamp: 'apps/web/dist/.inputs-hash',
    inputs: [
      ...shared,
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/public',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
      'apps/web/postcss.config.cjs',
    ],
    async build() {
      const { build } = await import('vite');
      await build({
        root: path.join(root, 'apps/web'),
        configFile: path.join(root, 'apps/web/vite.config.ts'),
        logLevel: 'warn',
      });
    },
  },
];

/** Whether the target's last build was made from inputs with this hash. */
function builtFrom(target, hash) {
  const stampFile = path.join(root, target.stamp);
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

/** Whether every target's build matches its inputs; when so, says so (a build to run will say it itself). */
export function everythingBuilt() {
  const current = targets.every((target) => builtFrom(target, hashInputs(target.inputs)));
  if (current) for (const target of targets) console.log(`build: ${target.name} is up to date`);
  return current;
}

async function buildOutOfDate() {
  for (const target of targets) {
    const hash = hashInputs(target.inputs);
    if (!force && builtFrom(target, hash)) {
      console.log(`build: ${target.name} is up to date`);
      continue;
    }
    const started = Date.now();
    console.log(`build: building ${target.name}…`);
    await target.build();
    writeFileSync(path.join(root, target.stamp), hash);
    console.log(`build: ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

// `npm start` imports this file to check without building (no second Node process on a warm start).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await buildOutOfDate();

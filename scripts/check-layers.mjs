// `npm run lint` runs this: the server's layers point one way, no module of apps/ or bench/ imports itself
// back through a loop, and the server loads its heavy, rarely used libraries when they are used, not at start-up. Reads the import statements of every TypeScript file, resolves relative specifiers the
// way TypeScript does (.ts, .tsx, index files), and prints each wrong arrow as
// `file → imported file (layer X may not import layer Y)` or `file → imported file (import cycle: …)`.
// Usage: node scripts/check-layers.mjs [root]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layers of apps/server/src, bottom first, as docs/ARCHITECTURE.md draws them. A file may import its own
 * layer and the layers below; `@lantern/domain` is a package and sits below all of them. A path is a folder or
 * a file under apps/server/src; the longest matching path decides, so a file can sit below its folder.
 */
export const serverLayers = [
  {
    // The system audit writer is how installation operations in db/ (key rotation, the demo's end) audit
    // without a request; it needs only a SQL session, so it sits with the database.
    name: 'foundation',
    paths: [
      'lib',
      'config.ts',
      'context',
      'db',
      'audit/append-event.ts',
      'audit/chain.ts',
      'audit/chained-event.ts',
      'audit/storable-event.ts',
      'audit/system-audit.ts',
    ],
  },
  { name: 'policy', paths: ['access', 'audit', 'auth'] },
  { name: 'modules', paths: ['modules'] },
  { name: 'entry', paths: ['app.ts', 'main.ts', 'cli', 'web'] },
];

/**
 * Libraries the server loads when a feature uses them (`await import(...)`, or `require` inside a function),
 * never at start-up: together they cost a warm `npm start` about half a second, and most runs never use them
 * (reports, PDFs, archives, QR codes, and the PostgreSQL driver on the embedded engine).
 */
export const loadedWhenUsed = [
  'exceljs',
  'pdfmake',
  'fontkit',
  '@zip.js/zip.js',
  'qrcode',
  'pg',
  'pg-copy-streams',
  'drizzle-orm/node-postgres',
  'swagger-ui-dist',
  'fxa-common-password-list',
];

export const defaultConfig = {
  serverSource: 'apps/server/src',
  layers: serverLayers,
  cycleRoots: ['apps', 'bench'],
  loadedWhenUsed,
};

// Tests and their helpers may reach any layer: they build whole apps to test one piece.
const isTestFile = (relative) =>
  /\.test(-support)?\.tsx?$/.test(relative) ||
  relative.startsWith('test-support/') ||
  /(^|\/)test-[^/]*\.tsx?$/.test(relative);

const sourceFile = /\.(ts|tsx|mts)$/;
const skippedFolders = new Set(['node_modules', 'dist', 'test-results', 'results']);

function listSources(folder) {
  const found = [];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.')) found.push(...listSources(full));
    } else if (sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** A file's code with its comments left out: a commented-out import is no dependency. */
const withoutComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The specifiers a file imports, comments left out. */
export function importSpecifiers(text) {
  return [...withoutComments(text).matchAll(importPattern)].map((m) => m[1] ?? m[2]);
}

const startUpImportPattern =
  /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|^(?:const|let|var)\s[^=\n]*=\s*\(?\s*require\(\s*['"]([^'"\n]+)['"]\s*\)/gm;

/** The packages a file loads as soon as it is loaded: value imports and top-level requires (not `import type`). */
export function startUpImports(text) {
  return [...withoutComments(text).matchAll(startUpImportPattern)].map((m) => m[1] ?? m[2]);
}

function isFile(candidate) {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** The file a relative specifier names, as TypeScript resolves it; undefined for packages. */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [
    base,
    ...['.ts', '.tsx', '.mts', '.d.ts'].map((ext) => stem + ext),
    ...['index.ts', 'index.tsx'].map((name) => path.join(base, name)),
  ];
  return candidates.find((candidate) => sourceFile.test(candidate) && isFile(candidate));
}

function layerOf(relative, layers) {
  let best;
  for (const layer of layers) {
    for (const entry of layer.paths) {
      const matches = relative === entry || relative.startsWith(`${entry}/`);
      if (matches && (!best || entry.length > best.entry.length)) best = { layer, entry };
    }
  }
  return best?.layer;
}

/** Strongly connected components (Tarjan, iterative): every component of more than one file is a loop. */
function loops(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, edges: [...(graph.get(start) ?? [])], next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edges: [...(graph.get(target) ?? [])], next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || graph.get(frame.node)?.has(frame.node)) components.push(component.sort());
      }
    }
  }
  return components;
}

/** The shortest way from `from` back to itself inside one loop. */
function shortestLoop(graph, members, from) {
  const inside = new Set(members);
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (!inside.has(target)) continue;
      if (target === from) {
        const pathBack = [node];
        for (let step = previous.get(node); step; step = previous.get(step)) pathBack.unshift(step);
        return [...pathBack, from];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [from, from];
}

/** Every wrong-way import and every import loop under `root`, as lines to print. */
export function checkLayers(root, config = defaultConfig) {
  const relativeTo = (file) => path.relative(root, file).split(path.sep).join('/');
  const files = config.cycleRoots.flatMap((folder) => listSources(path.join(root, folder)));
  const serverRoot = path.join(root, config.serverSource);
  for (const file of listSources(serverRoot)) if (!files.includes(file)) files.push(file);
  const graph = new Map();
  const problems = [];
  for (const file of files) {
    const targets = new Set();
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  for (const [file, targets] of graph) {
    const fromServer = path.relative(serverRoot, file).split(path.sep).join('/');
    if (fromServer.startsWith('..') || isTestFile(fromServer)) continue;
    for (const specifier of startUpImports(readFileSync(file, 'utf8')))
      if (config.loadedWhenUsed?.includes(specifier))
        problems.push(
          `${relativeTo(file)} → ${specifier} (loaded at start-up: import it where it is used, with await import('${specifier}'))`,
        );
    const fromLayer = layerOf(fromServer, config.layers);
    if (!fromLayer) {
      problems.push(`${relativeTo(file)} (no layer: place it in scripts/check-layers.mjs)`);
      continue;
    }
    for (const target of targets) {
      const toServer = path.relative(serverRoot, target).split(path.sep).join('/');
      if (toServer.startsWith('..')) continue;
      const toLayer = layerOf(toServer, config.layers);
      if (toLayer && config.layers.indexOf(toLayer) > config.layers.indexOf(fromLayer))
        problems.push(
          `${relativeTo(file)} → ${relativeTo(target)} (layer ${fromLayer.name} may not import layer ${toLayer.name})`,
        );
    }
  }
  for (const members of loops(graph)) {
    const cycle = shortestLoop(graph, members, members[0]).map(relativeTo);
    problems.push(`${cycle[0]} → ${cycle[1]} (import cycle: ${cycle.join(' → ')})`);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = checkLayers(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} layer problem(s); docs/ARCHITECTURE.md draws the layers.`);
    process.exit(1);
  }
  console.log('Layers point one way; no import cycles; heavy libraries load when used.');
}

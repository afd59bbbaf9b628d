// The first screen's weight: every script and stylesheet the built index.html loads or preloads (the entry,
// its imports, the sign-in page and the Vietnamese catalogue — what a first, signed-out visit downloads
// before the sign-in form shows), counted as the server sends them: the brotli copy the build made.
// Builds nothing: it reads apps/web/dist, so it is cheap enough for --quick.
// Usage: npx tsx bench/first-screen.ts   Results: bench/results/first-screen.{json,md}
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
/** The issue's budget (#17): compressed JavaScript and CSS of the first screen. */
export const FIRST_SCREEN_BUDGET_BYTES = 250 * 1024;

interface AssetWeight {
  file: string;
  bytes: number;
  brotli: number;
  gzip: number;
}

const sizeOr = (file: string, fallback: number) => (existsSync(file) ? statSync(file).size : fallback);

export function measureFirstScreen(webDist = WEB_DIST) {
  const indexFile = path.join(webDist, 'index.html');
  if (!existsSync(indexFile)) throw new Error('apps/web/dist is not built; run `npm run build` first');
  const html = readFileSync(indexFile, 'utf8');
  const urls = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] as string,
    ),
  );
  const assets: AssetWeight[] = [...urls].map((url) => {
    const file = path.join(webDist, url);
    const bytes = statSync(file).size;
    // No copy is written when compression would not help: then the plain file is what is sent.
    return { file: url, bytes, brotli: sizeOr(`${file}.br`, bytes), gzip: sizeOr(`${file}.gz`, bytes) };
  });
  const sum = (pick: (a: AssetWeight) => number, kind?: 'js' | 'css') =>
    assets.filter((a) => !kind || a.file.endsWith(`.${kind}`)).reduce((total, a) => total + pick(a), 0);
  return {
    benchmark: 'first screen: JS + CSS of index.html and its preloads, as sent (brotli)',
    budgetBytes: FIRST_SCREEN_BUDGET_BYTES,
    files: assets.length,
    bytes: sum((a) => a.bytes),
    brotli: { total: sum((a) => a.brotli), js: sum((a) => a.brotli, 'js'), css: sum((a) => a.brotli, 'css') },
    gzip: sum((a) => a.gzip),
    withinBudget: sum((a) => a.brotli) <= FIRST_SCREEN_BUDGET_BYTES,
    largest: [...assets].sort((a, b) => b.brotli - a.brotli).slice(0, 5),
    at: new Date().toISOString(),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function runFirstScreen(options: { resultsDir: string }) {
  const result = measureFirstScreen();
  const markdown = [
    `## First screen (${result.files} files)`,
    '',
    '| sent as | JS + CSS | JS | CSS | budget |',
    '|---|---|---|---|---|',
    `| brotli | ${kb(result.brotli.total)} | ${kb(result.brotli.js)} | ${kb(result.brotli.css)} | ${kb(result.budgetBytes)} ${result.withinBudget ? '✓' : '✗ over'} |`,
    `| gzip | ${kb(result.gzip)} | | | |`,
    `| uncompressed | ${kb(result.bytes)} | | | |`,
    '',
    `Largest: ${result.largest.map((a) => `${a.file} ${kb(a.brotli)}`).join(', ')}.`,
    '',
  ].join('\n');
  mkdirSync(options.resultsDir, { recursive: true });
  writeFileSync(path.join(options.resultsDir, 'first-screen.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(options.resultsDir, 'first-screen.md'), markdown);
  return { result, markdown };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.stdout.write(runFirstScreen({ resultsDir: path.join(ROOT, 'bench/results') }).markdown);
}

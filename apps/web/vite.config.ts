import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { directionOf, supportedLocales } from '../../packages/domain/src/i18n/locales';
import { catalogs, translate } from '../../packages/domain/src/i18n/translate';
import { signInShellPage } from './src/features/auth/sign-in-shell-html';

/** Text formats worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|wasm|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * After the build: source maps move out of the served folder (to `sourcemapDir`, for our own debugging),
 * and each text file gets a brotli (quality 11) and a gzip (level 9) copy beside it, made once here so the
 * server never compresses per request. A copy that would not be smaller is not written.
 */
function precompress(options: { sourcemapDir: string }): Plugin {
  let outDir = '';
  return {
    name: 'lantern-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      rmSync(options.sourcemapDir, { recursive: true, force: true });
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (file.endsWith('.map')) {
          const target = path.join(options.sourcemapDir, path.relative(outDir, file));
          mkdirSync(path.dirname(target), { recursive: true });
          renameSync(file, target);
          continue;
        }
        // Build metadata (.vite/manifest.json) is read from disk, never served: no copies for it.
        if (!COMPRESSIBLE.test(file) || path.relative(outDir, file).startsWith('.')) continue;
        const content = readFileSync(file);
        const copies: [string, Buffer][] = [
          [
            '.br',
            brotliCompressSync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ],
          ['.gz', gzipSync(content, { level: 9 })],
        ];
        for (const [suffix, compressed] of copies) {
          if (compressed.length < content.length) writeFileSync(file + suffix, compressed);
        }
      }
    },
  };
}

const CATALOG_MODULE = 'virtual:lantern-catalog/';

/**
 * `import('virtual:lantern-catalog/vi')`: one language's catalogue, exactly as the domain assembles it, as a
 * chunk of its own — so a first visit downloads one language, not three. Vite restarts the dev server when a
 * catalogue file changes, because this config imports them.
 */
function catalogChunks(): Plugin {
  return {
    name: 'lantern-catalog-chunks',
    resolveId: (id) => (id.startsWith(CATALOG_MODULE) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${CATALOG_MODULE}`)) return undefined;
      const locale = id.slice(CATALOG_MODULE.length + 1) as keyof typeof catalogs;
      if (!(locale in catalogs)) throw new Error(`no catalogue for ${locale}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogs[locale]))});`;
    },
  };
}

/** Modules the first screen of a first visit needs beyond the entry: the sign-in page and Vietnamese. */
const FIRST_SCREEN = [/features\/auth\/SignInPage\.tsx$/, /virtual:lantern-catalog\/vi$/];

/**
 * Preload hints in index.html for the lazy chunks a first visit (signed out, Vietnamese) needs, so they
 * download with the entry instead of in a second wave after it runs — one round trip less on slow 3G.
 */
function firstScreenPreload(): Plugin {
  return {
    name: 'lantern-first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        };
        for (const chunk of chunks) {
          if (FIRST_SCREEN.some((pattern) => pattern.test(chunk.facadeModuleId ?? ''))) visit(chunk.fileName);
        }
        // Vite already preloads the entry's static imports; say each file once.
        return [...files]
          .filter((file) => !html.includes(`href="/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * sign-in.vi.html, sign-in.en.html, sign-in.ar.html: the built index page with the sign-in form already in
 * it, one per language, which the server sends for /sign-in (src/features/auth/sign-in-shell-html.ts).
 */
function signInShellPages(): Plugin {
  return {
    name: 'lantern-sign-in-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') this.error('sign-in shell: no index.html in the bundle');
      for (const locale of supportedLocales) {
        const t = (key: string) => {
          const text = translate(locale, key);
          if (text === key) this.error(`sign-in shell: no text for ${key}`);
          return text;
        };
        const source = signInShellPage(String(index.source), locale, directionOf(locale), t);
        this.emitFile({ type: 'asset', fileName: `sign-in.${locale}.html`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    catalogChunks(),
    firstScreenPreload(),
    signInShellPages(),
    precompress({ sourcemapDir: path.resolve(import.meta.dirname, 'dist-sourcemaps') }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for our own debugging, never public: no sourceMappingURL comment, and the files are moved out of
    // dist/ (to dist-sourcemaps/) after the build; the server refuses *.map anyway.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: the import graph the first-screen benchmark reads (dotfiles are not served).
    manifest: true,
    // Mantine and React make one ~180 KB gzipped shell chunk, inside the 250 KB budget; pages are split per route.
    chunkSizeWarningLimit: 700,
    // No inline module-preload polyfill script: the Content-Security-Policy forbids inline scripts.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/readyz': 'http://127.0.0.1:3000',
    },
  },
});
